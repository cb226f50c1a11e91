package la.anuyat.enforcement.ui;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import la.anuyat.app.ui.DisplayFormats;
import la.anuyat.app.ui.Fact;
import la.anuyat.app.ui.UserMessages;
import la.anuyat.casefile.workflow.CaseWorkflow;
import la.anuyat.casefile.workflow.WorkItem;
import la.anuyat.enforcement.EnforcementCase;
import la.anuyat.enforcement.EnforcementMeasure;
import la.anuyat.enforcement.Enforcements;
import la.anuyat.enforcement.MeasureProposal;
import la.anuyat.enforcement.SeizedItem;
import la.anuyat.enforcement.SeizedItemStatus;
import la.anuyat.enforcement.SeizureEntry;
import la.anuyat.enforcement.WrittenRecord;
import la.anuyat.enforcement.process.EnforcementWorkflow;
import la.anuyat.identity.Actor;
import la.anuyat.shared.DomainException;

/**
 * An enforcement case's steps on the staff case page: what each step recorded (the
 * warning and the record as signed PDFs), the ladder's suggestion, the measure and what
 * carried it out, the seized items; and the form of the step open now (writing the
 * warning, the record, the proposal; releasing or destroying seized items). Going on
 * without a warning, the review and the follow-up are the case page's task buttons.
 */
class EnforcementPanel extends Div {

	private final Enforcements enforcements;

	private final EnforcementWorkflow workflow;

	private final Actor actor;

	private final EnforcementCase enforcement;

	private final Runnable refresh;

	EnforcementPanel(Enforcements enforcements, EnforcementWorkflow workflow, CaseWorkflow tasks, Actor actor,
			EnforcementCase enforcement, Runnable refresh) {
		this.enforcements = enforcements;
		this.workflow = workflow;
		this.actor = actor;
		this.enforcement = enforcement;
		this.refresh = refresh;
		setId("enforcement-panel");
		addClassName("enforcement-panel");
		Set<String> open = tasks.tasksOfCase(actor, enforcement.getCaseNumber())
			.stream()
			.map(WorkItem::taskKey)
			.collect(Collectors.toSet());
		add(new H3(getTranslation("enforcement.title")));
		Div facts = new Div();
		facts.addClassName("facts");
		facts.add(new Fact(getTranslation("enforcement.violation"), enforcement.getViolation()));
		if (enforcement.getOriginReference() != null) {
			facts.add(new Fact(getTranslation("enforcement.originReference"), enforcement.getOriginReference()));
		}
		if (enforcement.isWarned()) {
			facts.add(new Fact(getTranslation("enforcement.warning"), enforcement.getWarningText()));
		}
		if (enforcement.isRecorded()) {
			facts.add(new Fact(getTranslation("enforcement.findings"), enforcement.getRecordFindings()));
			facts.add(new Fact(getTranslation("enforcement.place"), enforcement.getRecordPlace()));
			facts.add(new Fact(getTranslation("enforcement.present"), enforcement.getRecordPresent()));
		}
		if (enforcement.getSuggestedMeasure() != null) {
			facts.add(new Fact(getTranslation("enforcement.suggestion"), measureText(enforcement.getSuggestedMeasure(),
					enforcement.getSuggestedFineKip(), enforcement.getPriorViolations())));
		}
		if (enforcement.isProposed()) {
			facts.add(new Fact(getTranslation("enforcement.measure"), measureText(enforcement.getMeasure(),
					enforcement.getFineKip(), null)
					+ ((enforcement.getSuspendUntil() != null) ? " — "
							+ getTranslation("enforcement.until", DisplayFormats.date(enforcement.getSuspendUntil()))
							: "")));
			facts.add(new Fact(getTranslation("enforcement.grounds"), enforcement.getMeasureGrounds()));
		}
		if (enforcement.getInvoiceNumber() != null) {
			facts.add(new Fact(getTranslation("enforcement.invoice"), enforcement.getInvoiceNumber()));
		}
		if (enforcement.getSanctionCaseNumber() != null) {
			facts.add(new Fact(getTranslation("enforcement.sanction"), enforcement.getSanctionCaseNumber()));
		}
		add(facts);
		Div papers = new Div();
		papers.addClassName("enforcement-papers");
		if (enforcement.isWarned()) {
			papers.add(download("enforcement-warning-pdf", "enforcement.warningPdf", "-warning.pdf",
					() -> enforcements.warningLetter(actor, enforcement.getCaseNumber())));
		}
		if (enforcement.isRecorded()) {
			papers.add(download("enforcement-record-pdf", "enforcement.recordPdf", "-record.pdf",
					() -> enforcements.writtenRecord(actor, enforcement.getCaseNumber())));
		}
		add(papers);
		if (!enforcement.getSeizedItems().isEmpty()) {
			add(items(open.contains("userTask_settleSeizure")));
		}
		if (open.contains("userTask_issueWarning")) {
			add(warningForm());
		}
		if (open.contains("userTask_writeRecord")) {
			add(recordForm());
		}
		if (open.contains("userTask_proposeMeasure")) {
			add(proposalForm());
		}
	}

	private Div warningForm() {
		TextArea text = new TextArea(getTranslation("enforcement.warningText"));
		text.setId("enforcement-warning-text");
		text.setWidthFull();
		Button issue = new Button(getTranslation("enforcement.issueWarning"), (click) -> act(
				() -> this.workflow.warn(this.actor, this.enforcement.getCaseNumber(), text.getValue())));
		issue.setId("enforcement-issue-warning");
		issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		return form("enforcement.stepWarning", text, issue);
	}

	private Div recordForm() {
		TextArea findings = new TextArea(getTranslation("enforcement.findings"));
		findings.setId("enforcement-findings");
		findings.setWidthFull();
		TextField place = new TextField(getTranslation("enforcement.place"));
		place.setId("enforcement-place");
		TextField present = new TextField(getTranslation("enforcement.present"));
		present.setId("enforcement-present");
		TextField representative = new TextField(getTranslation("enforcement.representative"));
		representative.setId("enforcement-representative");
		Button save = new Button(getTranslation("enforcement.makeRecord"),
				(click) -> act(() -> this.workflow.record(this.actor, this.enforcement.getCaseNumber(),
						new WrittenRecord(findings.getValue(), place.getValue(), present.getValue(),
								representative.getValue()))));
		save.setId("enforcement-make-record");
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		return form("enforcement.stepRecord", findings, place, present, representative, save);
	}

	private Div proposalForm() {
		Select<EnforcementMeasure> measure = new Select<>();
		measure.setId("enforcement-measure");
		measure.setLabel(getTranslation("enforcement.measure"));
		measure.setItems(EnforcementMeasure.values());
		measure.setItemLabelGenerator((value) -> UserMessages.in(value.label()));
		measure.setValue(this.enforcement.getSuggestedMeasure());
		NumberField fine = new NumberField(getTranslation("enforcement.fineKip"));
		fine.setId("enforcement-fine");
		fine.setStep(1);
		if (this.enforcement.getSuggestedFineKip() != null) {
			fine.setValue(this.enforcement.getSuggestedFineKip().doubleValue());
		}
		DatePicker until = new DatePicker(getTranslation("enforcement.suspendUntil"));
		until.setId("enforcement-until");
		TextArea grounds = new TextArea(getTranslation("enforcement.grounds"));
		grounds.setId("enforcement-grounds");
		grounds.setWidthFull();
		List<SeizureEntry> items = new ArrayList<>();
		Div itemList = new Div();
		itemList.setId("enforcement-items");
		TextField description = new TextField(getTranslation("enforcement.itemDescription"));
		TextField model = new TextField(getTranslation("enforcement.itemModel"));
		IntegerField quantity = new IntegerField(getTranslation("enforcement.itemQuantity"));
		quantity.setMin(1);
		TextField heldAt = new TextField(getTranslation("enforcement.itemHeldAt"));
		Button addItem = new Button(getTranslation("enforcement.addItem"), (click) -> {
			items.add(new SeizureEntry(description.getValue(), model.getValue(),
					(quantity.getValue() != null) ? quantity.getValue() : 0, heldAt.getValue()));
			itemList.add(new Div(new Span(description.getValue() + " " + model.getValue() + " × " + quantity.getValue()
					+ " — " + heldAt.getValue())));
			description.clear();
			model.clear();
			quantity.clear();
		});
		Div seizure = new Div(new H4(getTranslation("enforcement.items")), description, model, quantity, heldAt,
				addItem, itemList);
		seizure.addClassName("enforcement-seizure");
		Button propose = new Button(getTranslation("enforcement.propose"),
				(click) -> act(() -> this.workflow.propose(this.actor, this.enforcement.getCaseNumber(),
						new MeasureProposal(measure.getValue(),
								(fine.getValue() != null) ? Math.round(fine.getValue()) : null, until.getValue(),
								grounds.getValue(), items))));
		propose.setId("enforcement-propose");
		propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		return form("enforcement.stepProposal", measure, fine, until, grounds, seizure, propose);
	}

	private Div items(boolean settling) {
		Div list = new Div(new H4(getTranslation("enforcement.items")));
		list.setId("enforcement-seized-items");
		for (SeizedItem item : this.enforcement.getSeizedItems()) {
			Div row = new Div(new Span(item.getDescription() + ((item.getModel() != null) ? " " + item.getModel() : "")
					+ " × " + item.getQuantity() + " — " + item.getHeldAt() + " — "
					+ UserMessages.in(item.getStatus().label())));
			row.addClassName("seized-item");
			if (settling && item.getStatus() == SeizedItemStatus.HELD) {
				TextField note = new TextField(getTranslation("enforcement.disposalNote"));
				Button release = new Button(getTranslation("enforcement.release"),
						(click) -> act(() -> this.workflow.dispose(this.actor, this.enforcement.getCaseNumber(),
								item.getId(), SeizedItemStatus.RELEASED, note.getValue())));
				Button destroy = new Button(getTranslation("enforcement.destroy"),
						(click) -> act(() -> this.workflow.dispose(this.actor, this.enforcement.getCaseNumber(),
								item.getId(), SeizedItemStatus.DESTROYED, note.getValue())));
				row.add(note, release, destroy);
			}
			list.add(row);
		}
		return list;
	}

	private Div form(String titleKey, com.vaadin.flow.component.Component... fields) {
		Div form = new Div(new H4(getTranslation(titleKey)));
		form.addClassName("enforcement-step");
		form.add(fields);
		return form;
	}

	private void act(Runnable step) {
		try {
			step.run();
			UserMessages.success(getTranslation("enforcement.saved"));
			this.refresh.run();
		}
		catch (DomainException refusal) {
			UserMessages.error(refusal);
		}
	}

	private Anchor download(String id, String labelKey, String suffix, Supplier<byte[]> pdf) {
		Anchor anchor = new Anchor(DownloadHandler.fromInputStream((event) -> {
			byte[] bytes = pdf.get();
			return new DownloadResponse(new ByteArrayInputStream(bytes), this.enforcement.getCaseNumber() + suffix,
					"application/pdf", bytes.length);
		}), AttachmentType.DOWNLOAD, getTranslation(labelKey));
		anchor.setId(id);
		anchor.addClassName("button-like");
		return anchor;
	}

	private String measureText(EnforcementMeasure measure, Long fineKip, Integer prior) {
		String text = UserMessages.in(measure.label());
		if (fineKip != null) {
			text += " " + String.format("%,d", fineKip) + " " + getTranslation("enforcement.kip");
		}
		if (prior != null) {
			text += " (" + getTranslation("enforcement.prior", prior) + ")";
		}
		return text;
	}

}
