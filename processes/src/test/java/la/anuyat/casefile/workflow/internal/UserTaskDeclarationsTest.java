package la.anuyat.casefile.workflow.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import la.anuyat.casefile.workflow.CaseWorkflow;
import la.anuyat.casefile.workflow.TaskCompletionHandler;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The models, the inbox and the API agree on one source: every user task of every
 * deployed model declares its names and outcomes in its extension properties, and one
 * handler is registered for it. A model that gains a user task without them fails here
 * rather than at a user's first completion.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
class UserTaskDeclarationsTest {

	@Autowired
	private UserTaskDefinitions definitions;

	@Autowired
	private List<TaskCompletionHandler> handlers;

	@Autowired
	private CaseWorkflow workflow;

	@Test
	void everyUserTaskDeclaresItsNamesAndOutcomesAndHasOneHandler() {
		Map<String, UserTaskDefinition> tasks = this.definitions.latest();
		assertThat(tasks).containsKeys("userTask_checkCompleteness", "userTask_answerInformationRequest",
				"userTask_studyApplication", "userTask_decideApplication");
		Set<String> handled = this.handlers.stream()
			.flatMap((handler) -> handler.taskKeys().stream())
			.collect(Collectors.toSet());
		tasks.values().forEach((task) -> {
			assertThat(task.outcomes()).as("outcomes of %s", task.key()).isNotEmpty();
			assertThat(task.outcomes()).as("comment-required outcomes of %s", task.key())
				.containsAll(task.commentRequired());
			assertThat(task.label().lo()).as("Lao name of %s", task.key()).isNotBlank().isNotEqualTo(task.label().en());
			assertThat(handled).as("a handler for %s", task.key()).contains(task.key());
		});
	}

	@Test
	void readsTheOutcomesAndTheReviewStepsFromTheModels() {
		Map<String, UserTaskDefinition> tasks = this.definitions.latest();
		assertThat(tasks.get("userTask_checkCompleteness").outcomes()).containsExactly("complete", "request-info");
		assertThat(tasks.get("userTask_checkCompleteness").commentRequired()).containsExactly("request-info");
		assertThat(tasks.get("userTask_studyApplication").isStudy()).isTrue();
		assertThat(tasks.get("userTask_decideApplication").isDecision()).isTrue();
		assertThat(this.definitions.decisionKeys()).containsExactly("userTask_decideApplication");
		assertThat(this.workflow.taskNames().get("userTask_decideApplication").en())
			.isEqualTo("Decide the application");
	}

}
