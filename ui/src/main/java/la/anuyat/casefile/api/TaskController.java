package la.anuyat.casefile.api;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import la.anuyat.identity.CurrentActor;
import la.anuyat.casefile.workflow.CaseWorkflow;
import la.anuyat.casefile.workflow.TaskFilter;
import la.anuyat.casefile.workflow.TaskPage;
import la.anuyat.casefile.workflow.WorkItem;
import la.anuyat.shared.FieldError;
import la.anuyat.shared.InvalidInputException;
import la.anuyat.shared.LocalizedText;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's work: an officer's or leader's tasks of their own authority, an
 * applicant's information requests to answer. A task of another authority answers 404.
 */
@RestController
@RequestMapping("/api/v1/tasks")
@Tag(name = "Tasks", description = "Work on cases: check, study, decide, answer information requests")
class TaskController {

	static final String TOTAL_COUNT = "X-Total-Count";

	private static final int MAX_PAGE = 500;

	private final CurrentActor currentActor;

	private final CaseWorkflow workflow;

	TaskController(CurrentActor currentActor, CaseWorkflow workflow) {
		this.currentActor = currentActor;
		this.workflow = workflow;
	}

	@GetMapping
	@Operation(summary = "The caller's open tasks (only those of the caller's own authority), most urgent first",
			description = "Without limit every open task; with offset and limit one page. The header " + TOTAL_COUNT
					+ " gives the number of all matching tasks. Leadership is not offered the "
					+ "decision of a case they studied (four-eyes).")
	ResponseEntity<List<Task>> tasks(@RequestParam(required = false) Integer offset,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) String taskKey,
			@RequestParam(required = false) String caseNumber,
			@RequestParam(required = false, defaultValue = "false") boolean overdue, Locale locale) {
		int first = (offset != null) ? offset : 0;
		int size = (limit != null) ? limit : Integer.MAX_VALUE;
		if (first < 0 || size < 1 || (limit != null && limit > MAX_PAGE)) {
			LocalizedText text = LocalizedText.of("offset ຕ້ອງເປັນ 0 ຂຶ້ນໄປ ແລະ limit ຕ້ອງແຕ່ 1 ຫາ " + MAX_PAGE,
					"offset must be 0 or more and limit from 1 to " + MAX_PAGE);
			throw new InvalidInputException("tasks.invalidPage", text,
					List.of(new FieldError((first < 0) ? "offset" : "limit", text)));
		}
		TaskPage page = this.workflow.tasksFor(this.currentActor.actor(), new TaskFilter(taskKey, caseNumber, overdue),
				first, size);
		return ResponseEntity.ok()
			.header(TOTAL_COUNT, Long.toString(page.total()))
			.body(page.items().stream().map((item) -> Task.of(item, locale)).toList());
	}

	@GetMapping("/{taskId}")
	@Operation(summary = "One task")
	Task task(@PathVariable String taskId, Locale locale) {
		return Task.of(this.workflow.task(this.currentActor.actor(), taskId), locale);
	}

	@PostMapping("/{taskId}/claim")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Take the task, so that colleagues see who works on it")
	void claim(@PathVariable String taskId) {
		this.workflow.claim(this.currentActor.actor(), taskId);
	}

	@PostMapping("/{taskId}/unclaim")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Give back a task the caller holds, so that a colleague can take it",
			description = "409 when someone else holds it.")
	void unclaim(@PathVariable String taskId) {
		this.workflow.unclaim(this.currentActor.actor(), taskId);
	}

	@PostMapping("/{taskId}/assign")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Hand a task to a colleague (leadership of the task's authority only)",
			description = "The colleague must be staff of the same authority in a role the task is for (400 otherwise); "
					+ "a decision never goes to whoever studied the case (409). 403 for anyone but the leadership.")
	void assign(@PathVariable String taskId, @RequestBody Assignment assignment) {
		this.workflow.assign(this.currentActor.actor(), taskId, (assignment != null) ? assignment.username() : null);
	}

	@GetMapping("/{taskId}/assignable")
	@Operation(summary = "The colleagues to whom the caller may hand the task (empty unless the caller is its "
			+ "authority's leadership)")
	List<Assignee> assignable(@PathVariable String taskId, Locale locale) {
		return this.workflow.assignableColleagues(this.currentActor.actor(), taskId)
			.stream()
			.map((colleague) -> new Assignee(colleague.username(), colleague.name().in(locale)))
			.toList();
	}

	@PostMapping("/{taskId}/complete")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Complete the task with one of its outcomes",
			description = "Outcomes: checkCompleteness → complete | request-info (comment = the question); "
					+ "answerInformationRequest → resubmit (comment = the answer); studyApplication → "
					+ "recommend-approve | recommend-reject (comment = the recommendation); decideApplication → "
					+ "approve | reject (comment = the reasons). Whoever studied a case may not decide it (409).")
	void complete(@PathVariable String taskId, @RequestBody Completion completion) {
		completion.requireOutcome();
		this.workflow.complete(this.currentActor.actor(), taskId, completion.outcome(), completion.comment());
	}

	/**
	 * A task; {@code authority} is the authority's code, {@code authorityName} its name.
	 */
	record Task(String taskId, String taskKey, String name, String nameLo, String nameEn, String caseNumber,
			String caseType, String authority, LocalDateTime created, LocalDateTime due, boolean overdue,
			String assignee, List<String> outcomes, String companyName, String companyNameLo, String companyNameEn,
			String authorityName, String authorityNameLo, String authorityNameEn,
			@Schema(nullable = true) String assigneeName) {

		static Task of(WorkItem item, Locale locale) {
			return new Task(item.taskId(), item.taskKey(), item.name().in(locale), item.name().lo(), item.name().en(),
					item.caseNumber(), item.caseType(), item.authorityCode(), item.created(), item.due(),
					item.overdue(), item.assignee(), item.outcomes(), item.companyName().in(locale),
					item.companyName().lo(), item.companyName().en(), item.authorityName().in(locale),
					item.authorityName().lo(), item.authorityName().en(),
					(item.assigneeName() != null) ? item.assigneeName().in(locale) : null);
		}

	}

	record Assignment(String username) {
	}

	record Assignee(String username, String name) {
	}

	record Completion(String outcome, String comment) {

		/**
		 * A body without an outcome (e.g. {@code {}}) is refused here, before the
		 * workflow looks for the task.
		 */
		void requireOutcome() {
			if (this.outcome == null || this.outcome.isBlank()) {
				LocalizedText text = LocalizedText.of("ກະລຸນາເລືອກຜົນຂອງໜ້າວຽກ (outcome)",
						"Choose the outcome of the task (outcome)");
				throw new InvalidInputException("task.outcomeMissing", text, List.of(new FieldError("outcome", text)));
			}
		}

	}

}
