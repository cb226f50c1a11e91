package la.anuyat.casefile.api;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import la.anuyat.access.CurrentActor;
import la.anuyat.casefile.workflow.CaseWorkflow;
import la.anuyat.casefile.workflow.WorkItem;
import la.anuyat.shared.FieldError;
import la.anuyat.shared.InvalidInputException;
import la.anuyat.shared.LocalizedText;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
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

	private final CurrentActor currentActor;

	private final CaseWorkflow workflow;

	TaskController(CurrentActor currentActor, CaseWorkflow workflow) {
		this.currentActor = currentActor;
		this.workflow = workflow;
	}

	@GetMapping
	@Operation(summary = "The caller's open tasks (only those of the caller's own authority)")
	List<Task> tasks(Locale locale) {
		return this.workflow.tasksFor(this.currentActor.actor()).stream().map((item) -> Task.of(item, locale)).toList();
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

	record Task(String taskId, String taskKey, String name, String nameLo, String nameEn, String caseNumber,
			String caseType, String authority, LocalDateTime created, LocalDateTime due, boolean overdue,
			String assignee, List<String> outcomes) {

		static Task of(WorkItem item, Locale locale) {
			return new Task(item.taskId(), item.taskKey(), item.name().in(locale), item.name().lo(), item.name().en(),
					item.caseNumber(), item.caseType(), item.authorityCode(), item.created(), item.due(),
					item.overdue(), item.assignee(), item.outcomes());
		}

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
