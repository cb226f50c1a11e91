package la.anuyat.casefile.workflow.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import la.anuyat.shared.LocalizedText;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

/**
 * The user tasks of the deployed models as they declare themselves (see
 * {@link UserTaskDefinition}). A task is read from the model version it belongs to, so
 * tasks of an older deployment keep the outcomes they were created with; lists of every
 * task (names for the inbox filter, the decision keys of the four-eyes filter) come from
 * the latest version of each process. Models are read once per process definition: they
 * never change once deployed.
 */
@Component
class UserTaskDefinitions {

	private final RepositoryService repository;

	private final Map<String, Map<String, UserTaskDefinition>> byProcessDefinition = new ConcurrentHashMap<>();

	UserTaskDefinitions(RepositoryService repository) {
		this.repository = repository;
	}

	/** The definition of an open task, from its own process definition. */
	Optional<UserTaskDefinition> of(Task task) {
		return Optional.ofNullable(ofProcessDefinition(task.getProcessDefinitionId()).get(task.getTaskDefinitionKey()));
	}

	/** Every user task of the latest version of every deployed process, by key. */
	Map<String, UserTaskDefinition> latest() {
		Map<String, UserTaskDefinition> all = new LinkedHashMap<>();
		for (ProcessDefinition definition : this.repository.createProcessDefinitionQuery()
			.latestVersion()
			.orderByProcessDefinitionKey()
			.asc()
			.list()) {
			ofProcessDefinition(definition.getId()).forEach(all::putIfAbsent);
		}
		return all;
	}

	/** The keys of the decision steps of review-and-decide, for the four-eyes filter. */
	List<String> decisionKeys() {
		return latest().values().stream().filter(UserTaskDefinition::isDecision).map(UserTaskDefinition::key).toList();
	}

	private Map<String, UserTaskDefinition> ofProcessDefinition(String processDefinitionId) {
		return this.byProcessDefinition.computeIfAbsent(processDefinitionId,
				(id) -> read(this.repository.getBpmnModelInstance(id)));
	}

	private static Map<String, UserTaskDefinition> read(BpmnModelInstance model) {
		Map<String, UserTaskDefinition> definitions = new LinkedHashMap<>();
		Collection<UserTask> userTasks = model.getModelElementsByType(UserTask.class);
		for (UserTask userTask : userTasks) {
			Map<String, String> properties = properties(userTask);
			String english = properties.getOrDefault("label.en",
					(userTask.getName() != null) ? userTask.getName() : userTask.getId());
			LocalizedText label = LocalizedText.of(properties.getOrDefault("label.lo", english), english);
			definitions.put(userTask.getId(),
					new UserTaskDefinition(userTask.getId(), label, list(properties.get("outcomes")),
							Set.copyOf(list(properties.get("commentRequired"))), properties.get("review")));
		}
		return definitions;
	}

	private static Map<String, String> properties(UserTask userTask) {
		Map<String, String> properties = new LinkedHashMap<>();
		ExtensionElements extensions = userTask.getExtensionElements();
		if (extensions == null) {
			return properties;
		}
		for (CamundaProperties group : extensions.getChildElementsByType(CamundaProperties.class)) {
			for (CamundaProperty property : group.getCamundaProperties()) {
				if (property.getCamundaName() != null && property.getCamundaValue() != null) {
					properties.put(property.getCamundaName(), property.getCamundaValue().strip());
				}
			}
		}
		return properties;
	}

	private static List<String> list(String commaSeparated) {
		if (commaSeparated == null || commaSeparated.isBlank()) {
			return List.of();
		}
		return Arrays.stream(commaSeparated.split(","))
			.map(String::strip)
			.filter((value) -> !value.isEmpty())
			.collect(Collectors.toUnmodifiableList());
	}

}
