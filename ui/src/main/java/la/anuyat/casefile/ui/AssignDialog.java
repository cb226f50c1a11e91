package la.anuyat.casefile.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import la.anuyat.app.ui.UserMessages;
import la.anuyat.identity.Actor;
import la.anuyat.casefile.workflow.Colleague;
import la.anuyat.casefile.workflow.WorkItem;
import la.anuyat.shared.DomainException;

/**
 * The leadership hands a task to a colleague: only colleagues the workflow accepts for
 * the task are offered (same authority, a role the task is for, never the studier for a
 * decision); the workflow checks again when it assigns.
 */
class AssignDialog extends Dialog {

	AssignDialog(OfficerDesk desk, Actor actor, WorkItem task, Runnable afterwards) {
		setHeaderTitle(getTranslation("task.assign.title", task.caseNumber()));
		setId("assign-dialog");
		List<Colleague> colleagues = desk.colleaguesFor(actor, task.taskId())
			.stream()
			.filter((colleague) -> !colleague.username().equals(task.assignee()))
			.toList();
		if (colleagues.isEmpty()) {
			add(new Paragraph(getTranslation("task.assign.none")));
		}
		ComboBox<Colleague> colleague = new ComboBox<>(getTranslation("task.assign.colleague"));
		colleague.setId("assign-colleague");
		colleague.setItems(colleagues);
		colleague.setItemLabelGenerator((item) -> UserMessages.in(item.name()) + " (" + item.username() + ")");
		colleague.setWidthFull();
		colleague.setVisible(!colleagues.isEmpty());
		add(colleague);

		Button assign = new Button(getTranslation("task.assign.confirm"), (event) -> {
			if (colleague.getValue() == null) {
				colleague.setErrorMessage(getTranslation("task.assign.choose"));
				colleague.setInvalid(true);
				return;
			}
			try {
				desk.assign(actor, task.taskId(), colleague.getValue().username());
				UserMessages.success(getTranslation("task.assigned", task.caseNumber(),
						UserMessages.in(colleague.getValue().name())));
			}
			catch (DomainException refusal) {
				UserMessages.error(refusal);
			}
			close();
			afterwards.run();
		});
		assign.setId("assign-confirm");
		assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		assign.setEnabled(!colleagues.isEmpty());
		Button cancel = new Button(getTranslation("task.assign.cancel"), (event) -> close());
		cancel.setId("assign-cancel");
		getFooter().add(cancel, assign);
	}

}
