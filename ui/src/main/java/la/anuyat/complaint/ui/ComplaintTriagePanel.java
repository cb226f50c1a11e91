package la.anuyat.complaint.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import la.anuyat.app.ui.UserMessages;
import la.anuyat.complaint.Complaint;
import la.anuyat.complaint.ComplaintService;
import la.anuyat.complaint.ComplaintStage;
import la.anuyat.identity.Actor;
import la.anuyat.shared.DomainException;

/**
 * What a section officer sets on a complaint beside its tasks: at triage the category and
 * the operator (from the licence register), during the assessment the remedy it proposes.
 * The task itself (accept or dismiss, the assessment) is completed in the task panel
 * above.
 */
class ComplaintTriagePanel extends Div {

	ComplaintTriagePanel(ComplaintService complaints, Actor officer, Complaint complaint, Runnable refresh) {
		addClassName("task-panel");
		setId("complaint-triage");
		long caseId = complaint.getCaseId().value();
		if (complaint.getStage() == ComplaintStage.RECEIVED) {
			add(new H3(getTranslation("complaint.triageTitle")));
			List<ComplaintService.Category> categories = complaints.categories();
			Select<ComplaintService.Category> category = new Select<>();
			category.setId("triage-category");
			category.setLabel(getTranslation("complaint.category"));
			category.setItems(categories);
			category.setItemLabelGenerator((item) -> (item != null) ? UserMessages.in(item.name()) : "");
			categories.stream()
				.filter((item) -> item.code().equals(complaint.getCategory()))
				.findFirst()
				.ifPresent(category::setValue);
			List<ComplaintService.Operator> operators = complaints.operators();
			ComboBox<ComplaintService.Operator> operator = new ComboBox<>();
			operator.setId("triage-operator");
			operator.setLabel(getTranslation("complaint.operator"));
			operator.setPlaceholder(getTranslation("complaint.operatorUnknown"));
			operator.setItems(operators);
			operator.setItemLabelGenerator((item) -> UserMessages.in(item.name()));
			operator.setClearButtonVisible(true);
			operators.stream()
				.filter((item) -> Long.valueOf(item.companyId()).equals(complaint.getRespondentCompanyId()))
				.findFirst()
				.ifPresent(operator::setValue);
			Button save = new Button(getTranslation("complaint.triageSave"), (event) -> act(() -> complaints.correct(
					officer, caseId,
					Optional.ofNullable(category.getValue()).map(ComplaintService.Category::code).orElse(null),
					Optional.ofNullable(operator.getValue()).map(ComplaintService.Operator::companyId).orElse(null)),
					refresh));
			save.setId("triage-save");
			add(category, operator, save);
		}
		if (complaint.getStage() == ComplaintStage.IN_ASSESSMENT) {
			add(new H3(getTranslation("complaint.remedyTitle")));
			TextArea remedy = new TextArea(getTranslation("complaint.remedy"));
			remedy.setId("triage-remedy");
			remedy.setMaxLength(2000);
			remedy.setWidthFull();
			if (complaint.getRemedy() != null) {
				remedy.setValue(complaint.getRemedy());
			}
			Button save = new Button(getTranslation("complaint.remedySave"),
					(event) -> act(() -> complaints.proposeRemedy(caseId, officer, remedy.getValue()), refresh));
			save.setId("triage-remedy-save");
			add(remedy, save);
		}
		// at the other steps there is nothing to set here: no empty box on the page
		setVisible(getComponentCount() > 0);
	}

	private void act(Runnable action, Runnable refresh) {
		try {
			action.run();
			UserMessages.success(getTranslation("complaint.saved"));
			refresh.run();
		}
		catch (DomainException refusal) {
			UserMessages.error(refusal);
		}
	}

}
