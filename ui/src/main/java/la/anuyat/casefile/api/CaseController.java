package la.anuyat.casefile.api;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import la.anuyat.identity.CurrentActor;
import la.anuyat.identity.Actor;
import la.anuyat.casefile.CaseEvent;
import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.CaseParty;
import la.anuyat.casefile.CaseFileService;
import la.anuyat.casefile.CaseNote;
import la.anuyat.casefile.CaseStatus;
import la.anuyat.casefile.Decision;
import la.anuyat.casefile.PartyRole;
import la.anuyat.casefile.ui.CaseSections;
import la.anuyat.casefile.workflow.ApplicationTimeline;
import la.anuyat.casefile.workflow.TimelineStep;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cases as their parties see them: an applicant their company's, staff those of their
 * jurisdiction. Another's case answers 404, exactly like a case that does not exist.
 */
@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "Cases", description = "Applications and their history, as far as the caller may see them")
class CaseController {

	private final CurrentActor currentActor;

	private final CaseFileService cases;

	private final ObjectMapper objectMapper;

	private final ApplicationTimeline timeline;

	private final List<CaseSections> sections;

	CaseController(CurrentActor currentActor, CaseFileService cases, ObjectMapper objectMapper,
			ApplicationTimeline timeline, List<CaseSections> sections) {
		this.timeline = timeline;
		this.sections = sections;
		this.currentActor = currentActor;
		this.cases = cases;
		this.objectMapper = objectMapper;
	}

	@GetMapping
	@Operation(summary = "The caller's cases: an applicant's own, or those in a staff member's jurisdiction")
	List<CaseSummary> cases(Locale locale) {
		Actor actor = this.currentActor.actor();
		List<CaseFile> visible = actor.isApplicant() ? this.cases.casesOf(actor)
				: this.cases.casesInJurisdiction(actor);
		return visible.stream().map((caseFile) -> CaseSummary.of(caseFile, locale)).toList();
	}

	@GetMapping("/{caseNumber}")
	@Operation(summary = "One case with its form data and history (descriptions in the request's language)")
	CaseDetails caseFile(@PathVariable String caseNumber, Locale locale) throws JsonProcessingException {
		Actor actor = this.currentActor.actor();
		CaseFile caseFile = this.cases.caseByNumber(actor, caseNumber);
		boolean staff = actor.isStaff();
		JsonNode form = (caseFile.getFormData() != null) ? this.objectMapper.readTree(caseFile.getFormData()) : null;
		List<HistoryEntry> history = caseFile.getHistory()
			.stream()
			.map((event) -> HistoryEntry.of(event, locale))
			.toList();
		// the officer's recommendation and internal notes are the regulator's working
		// papers
		return new CaseDetails(caseFile.getCaseNumber(), caseFile.getCaseType(), caseFile.getStatus(),
				caseFile.getStatus().label().in(locale), caseFile.getAuthorityCode(), caseFile.getProvinceCode(),
				caseFile.getApplicantUsername(), caseFile.getCreatedAt(), caseFile.getSubmittedAt(),
				caseFile.getDueDate(), caseFile.getInformationRequest(), caseFile.getInformationAnswer(),
				staff ? caseFile.getStudiedBy() : null, staff ? caseFile.getRecommendation() : null,
				caseFile.getDecision(), caseFile.getDecisionReasons(), caseFile.getClosedAt(),
				List.copyOf(caseFile.getReferences()), form, history,
				staff ? caseFile.getNotes().stream().map(Note::of).toList() : null, caseFile.getOverdueSince(),
				this.timeline.of(caseFile).stream().map((step) -> Step.of(step, locale)).toList(),
				caseFile.getParties().stream().map((party) -> Party.of(party, locale, staff)).toList(),
				familyProperties(caseFile));
	}

	private Map<String, Object> familyProperties(CaseFile caseFile) {
		Map<String, Object> properties = new LinkedHashMap<>();
		this.sections.forEach((family) -> properties.putAll(family.apiProperties(caseFile)));
		return properties;
	}

	@PostMapping("/{caseNumber}/notes")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add an internal note to a case (staff only)")
	Note addNote(@PathVariable String caseNumber, @RequestBody NewNote note) {
		return Note.of(this.cases.addNote(this.currentActor.actor(), caseNumber, note.text()));
	}

	record CaseSummary(String caseNumber, String caseType, CaseStatus status, String statusLabel, String authority,
			LocalDateTime submittedAt, LocalDateTime due, List<String> references) {

		static CaseSummary of(CaseFile caseFile, Locale locale) {
			return new CaseSummary(caseFile.getCaseNumber(), caseFile.getCaseType(), caseFile.getStatus(),
					caseFile.getStatus().label().in(locale), caseFile.getAuthorityCode(), caseFile.getSubmittedAt(),
					caseFile.getDueDate(), List.copyOf(caseFile.getReferences()));
		}

	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record CaseDetails(String caseNumber, String caseType, CaseStatus status, String statusLabel, String authority,
			String province, String applicant, LocalDateTime createdAt, LocalDateTime submittedAt, LocalDateTime due,
			String informationRequest, String informationAnswer, String studiedBy, String recommendation,
			Decision decision, String decisionReasons, LocalDateTime closedAt, List<String> references, JsonNode form,
			List<HistoryEntry> history, List<Note> notes, LocalDateTime overdueSince, List<Step> timeline,
			List<Party> parties, @JsonAnyGetter Map<String, Object> family) {
	}

	/**
	 * A party of the case by role: a company (with the account that speaks for it) or a
	 * person without an account. A person's way to reach them is for staff only.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Party(PartyRole role, String roleLabel, Long companyId, String username, String name, String email,
			String phone) {

		static Party of(CaseParty party, Locale locale, boolean staff) {
			return new Party(party.getRole(), party.getRole().label().in(locale), party.getCompanyId(),
					party.getUsername(), party.getName(), staff ? party.getEmail() : null,
					staff ? party.getPhone() : null);
		}

	}

	/**
	 * A step of the application's expected course: done (with the date), current (with
	 * its due date) or ahead (with the date it is expected by).
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Step(String step, String name, TimelineStep.State state, LocalDateTime done, LocalDateTime due,
			LocalDateTime expected) {

		static Step of(TimelineStep step, Locale locale) {
			return new Step(step.key(), step.name().in(locale), step.state(), step.done(), step.due(), step.expected());
		}

	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record HistoryEntry(LocalDateTime at, String actor, String type, String description, String delegationRef) {

		static HistoryEntry of(CaseEvent event, Locale locale) {
			return new HistoryEntry(event.getAt(), event.getActor(), event.getType(), event.getDescription().in(locale),
					event.getDelegationRef());
		}

	}

	record Note(String author, String text, LocalDateTime at) {

		static Note of(CaseNote note) {
			return new Note(note.getAuthor(), note.getText(), note.getAt());
		}

	}

	record NewNote(String text) {
	}

}
