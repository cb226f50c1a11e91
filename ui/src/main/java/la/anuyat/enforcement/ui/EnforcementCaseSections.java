package la.anuyat.enforcement.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import la.anuyat.app.ui.UserMessages;
import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.ui.CaseSections;
import la.anuyat.casefile.workflow.CaseWorkflow;
import la.anuyat.enforcement.EnforcementCase;
import la.anuyat.enforcement.Enforcements;
import la.anuyat.enforcement.process.EnforcementWorkflow;
import la.anuyat.identity.Actor;

import org.springframework.core.annotation.Order;

/**
 * What the staff case page shows of an enforcement case: its origin, violation and
 * measure in the header, and a panel with each step's content (the signed letter and
 * record to download, the ladder's suggestion, the seized items) and the form of the step
 * that is open now.
 */
@org.springframework.stereotype.Component
@Order(30)
class EnforcementCaseSections implements CaseSections {

	private final Enforcements enforcements;

	private final EnforcementWorkflow workflow;

	private final CaseWorkflow tasks;

	EnforcementCaseSections(Enforcements enforcements, EnforcementWorkflow workflow, CaseWorkflow tasks) {
		this.enforcements = enforcements;
		this.workflow = workflow;
		this.tasks = tasks;
	}

	@Override
	public Map<String, String> facts(CaseFile caseFile) {
		Optional<EnforcementCase> enforcement = this.enforcements.ofCase(caseFile.getId());
		if (enforcement.isEmpty()) {
			return Map.of();
		}
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put("enforcement.origin", UserMessages.in(enforcement.get().getOrigin().label()));
		if (enforcement.get().getLicenceNumber() != null) {
			facts.put("enforcement.licence", enforcement.get().getLicenceNumber());
		}
		if (enforcement.get().getMeasure() != null) {
			facts.put("enforcement.measure", UserMessages.in(enforcement.get().getMeasure().label()));
		}
		return facts;
	}

	@Override
	public Map<String, Object> apiProperties(CaseFile caseFile) {
		return this.enforcements.ofCase(caseFile.getId())
			.<Map<String, Object>>map(
					(enforcement) -> Map.of("enforcement", "/api/v1/enforcement/" + enforcement.getCaseNumber()))
			.orElse(Map.of());
	}

	@Override
	public List<Component> panels(CaseFile caseFile, Actor actor, Runnable refresh) {
		if (!actor.isStaff()) {
			return List.of();
		}
		return this.enforcements.ofCase(caseFile.getId())
			.<List<Component>>map((enforcement) -> List
				.of(new EnforcementPanel(this.enforcements, this.workflow, this.tasks, actor, enforcement, refresh)))
			.orElse(List.of());
	}

}
