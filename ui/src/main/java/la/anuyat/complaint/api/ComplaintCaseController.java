package la.anuyat.complaint.api;

import java.time.LocalDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import la.anuyat.access.SignedInActor;
import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.CaseFileService;
import la.anuyat.complaint.ComplaintService;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * What officers do on a complaint besides its tasks (which go through the task API):
 * correct the category or name the operator at triage, see possible duplicates, propose a
 * remedy during the assessment. Jurisdiction is checked by the service.
 */
@RestController
@Tag(name = "Complaints", description = "Complaints from the public: filing and tracking without sign-in")
public class ComplaintCaseController {

	private final ComplaintService complaints;

	private final CaseFileService caseFiles;

	private final SignedInActor actors;

	ComplaintCaseController(ComplaintService complaints, CaseFileService caseFiles, SignedInActor actors) {
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

	record Correction(String category, Long respondentCompanyId) {
	}

	record Remedy(String remedy) {
	}

	record DuplicateView(String caseNumber, String category, LocalDateTime filedAt, String stage, double score) {
	}

}
