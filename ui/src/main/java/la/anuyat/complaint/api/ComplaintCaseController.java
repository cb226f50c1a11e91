package la.anuyat.complaint.api;

import java.time.LocalDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import la.anuyat.access.SignedInActor;
import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.CaseFileService;
import la.anuyat.complaint.ComplaintMediations;
import la.anuyat.complaint.ComplaintService;
import la.anuyat.complaint.Mediation;
import la.anuyat.complaint.MediationMinutes;
import la.anuyat.complaint.MediationSchedule;
import la.anuyat.complaint.process.ComplaintWorkflow;
import la.anuyat.shared.LocalizedText;
import la.anuyat.shared.NotFoundException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * What officers do on a complaint besides its tasks (which go through the task API):
 * correct the category or name the operator at triage, see possible duplicates, propose a
 * remedy during the assessment, schedule and record the mediation, download the signed
 * mediation record and decision letter. Jurisdiction is checked by the service.
 */
@RestController
@Tag(name = "Complaints", description = "Complaints from the public: filing and tracking without sign-in")
public class ComplaintCaseController {

	private final ComplaintService complaints;

	private final CaseFileService caseFiles;

	private final SignedInActor actors;

	private final ComplaintMediations mediations;

	private final ComplaintWorkflow workflow;

	ComplaintCaseController(ComplaintService complaints, CaseFileService caseFiles, SignedInActor actors,
			ComplaintMediations mediations, ComplaintWorkflow workflow) {
		this.mediations = mediations;
		this.workflow = workflow;
		this.complaints = complaints;
		this.caseFiles = caseFiles;
		this.actors = actors;
	}

	@Operation(summary = "Triage: correct the category or name the operator (from the licence register)")
	@PostMapping("/api/v1/complaint-cases/{caseNumber}/triage")
	void correct(@PathVariable String caseNumber, @RequestBody Correction correction) {
		CaseFile caseFile = this.caseFiles.caseByNumber(this.actors.actor(), caseNumber);
		this.complaints.correct(this.actors.actor(), caseFile.getId(), correction.category(),
				correction.respondentCompanyId());
	}

	@Operation(summary = "Recent complaints against the same operator that may be the same matter")
	@GetMapping("/api/v1/complaint-cases/{caseNumber}/duplicates")
	List<DuplicateView> duplicates(@PathVariable String caseNumber) {
		CaseFile caseFile = this.caseFiles.caseByNumber(this.actors.actor(), caseNumber);
		return this.complaints.possibleDuplicates(this.actors.actor(), caseFile.getId())
			.stream()
			.map((duplicate) -> new DuplicateView(duplicate.caseNumber(), duplicate.category(), duplicate.filedAt(),
					duplicate.stage().name(), Math.round(duplicate.score() * 100) / 100.0))
			.toList();
	}

	@Operation(summary = "Propose the remedy while the complaint is assessed")
	@PostMapping("/api/v1/complaint-cases/{caseNumber}/remedy")
	void remedy(@PathVariable String caseNumber, @RequestBody Remedy remedy) {
		CaseFile caseFile = this.caseFiles.caseByNumber(this.actors.actor(), caseNumber);
		this.complaints.proposeRemedy(caseFile.getId(), this.actors.actor(), remedy.remedy());
	}

	@Operation(summary = "Schedule the mediation meeting (the complaint's scheduling step must be open)",
			description = "Body: meetingAt (YYYY-MM-DDTHH:MM, to come), place, participants (side: COMPLAINANT | "
					+ "OPERATOR | OFFICER, name, role), at least one of each side. The complainant and the operator are "
					+ "told by mail. 400 with each field's reason, 403 for who may not act on it, 404 for an unknown "
					+ "or another authority's case, 409 out of order.")
	@PostMapping("/api/v1/complaint-cases/{caseNumber}/mediation")
	MediationView scheduleMediation(@PathVariable String caseNumber,
			@RequestBody(required = false) MediationSchedule body) {
		return MediationView.of(caseNumber, this.workflow.scheduleMediation(this.actors.actor(), caseNumber, body));
	}

	@Operation(summary = "Record the mediation meeting (its record step must be open)",
			description = "Body: attended (names of the invited who came), minutes, outcome (AGREED | NO_AGREEMENT), "
					+ "agreement (when agreed: it becomes the remedy). A signed record PDF is kept on the case and the "
					+ "complaint goes to review and decision. 400, 403, 404, 409 as for scheduling.")
	@PostMapping("/api/v1/complaint-cases/{caseNumber}/mediation/record")
	MediationView recordMediation(@PathVariable String caseNumber,
			@RequestBody(required = false) MediationMinutes body) {
		return MediationView.of(caseNumber, this.workflow.recordMediation(this.actors.actor(), caseNumber, body));
	}

	@Operation(summary = "The complaint's latest mediation meeting: when, where, who, and once recorded the outcome")
	@GetMapping("/api/v1/complaint-cases/{caseNumber}/mediation")
	MediationView mediation(@PathVariable String caseNumber) {
		CaseFile caseFile = staffCase(caseNumber);
		return MediationView.of(caseNumber,
				this.mediations.ofCase(caseFile.getId())
					.orElseThrow(() -> new NotFoundException("complaint.noMediation",
							LocalizedText.of("ບໍ່ມີການໄກ່ເກ່ຍ", "This complaint has no mediation"))));
	}

	@Operation(summary = "The signed mediation record (Lao and English); 404 before the meeting is recorded")
	@GetMapping(path = "/api/v1/complaint-cases/{caseNumber}/mediation/record.pdf",
			produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> mediationRecord(@PathVariable String caseNumber) {
		CaseFile caseFile = this.caseFiles.caseByNumber(this.actors.actor(), caseNumber);
		return pdf(this.mediations.recordPdf(this.actors.actor(), caseFile.getId()), caseNumber + "-mediation.pdf");
	}

	@Operation(summary = "The signed decision letter (Lao and English); 404 before the decision")
	@GetMapping(path = "/api/v1/complaint-cases/{caseNumber}/decision.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> decisionLetter(@PathVariable String caseNumber) {
		CaseFile caseFile = this.caseFiles.caseByNumber(this.actors.actor(), caseNumber);
		return pdf(this.complaints.decisionLetter(this.actors.actor(), caseFile.getId()), caseNumber + "-decision.pdf");
	}

	private CaseFile staffCase(String caseNumber) {
		CaseFile caseFile = this.caseFiles.caseByNumber(this.actors.actor(), caseNumber);
		this.complaints.requireJurisdiction(this.actors.actor(), caseFile.getId());
		return caseFile;
	}

	private static ResponseEntity<byte[]> pdf(byte[] pdf, String fileName) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.body(pdf);
	}

	record Correction(String category, Long respondentCompanyId) {
	}

	record MediationView(LocalDateTime meetingAt, String place, List<ParticipantView> participants, String minutes,
			String outcome, String agreement, LocalDateTime recordedAt, String recordPdf) {

		static MediationView of(String caseNumber, Mediation mediation) {
			return new MediationView(mediation.getMeetingAt(), mediation.getPlace(),
					mediation.getParticipants()
						.stream()
						.map((participant) -> new ParticipantView(participant.getSide().name(), participant.getName(),
								participant.getRole(), participant.getAttended()))
						.toList(),
					mediation.getMinutes(), (mediation.getOutcome() != null) ? mediation.getOutcome().name() : null,
					mediation.getAgreement(), mediation.getRecordedAt(), (mediation.getRecordDocumentId() != null)
							? "/api/v1/complaint-cases/" + caseNumber + "/mediation/record.pdf" : null);
		}

	}

	record ParticipantView(String side, String name, String role, Boolean attended) {
	}

	record Remedy(String remedy) {
	}

	record DuplicateView(String caseNumber, String category, LocalDateTime filedAt, String stage, double score) {
	}

}
