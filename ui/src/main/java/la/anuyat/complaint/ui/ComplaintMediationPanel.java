package la.anuyat.complaint.ui;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import la.anuyat.app.ui.DisplayFormats;
import la.anuyat.app.ui.Fact;
import la.anuyat.app.ui.UserMessages;
import la.anuyat.casefile.CaseFile;
import la.anuyat.complaint.Complaint;
import la.anuyat.complaint.ComplaintMediations;
import la.anuyat.complaint.ComplaintService;
import la.anuyat.complaint.Mediation;
import la.anuyat.complaint.MediationMinutes;
import la.anuyat.complaint.MediationOutcome;
import la.anuyat.complaint.MediationParticipant;
import la.anuyat.complaint.MediationSchedule;
import la.anuyat.complaint.MediationSide;
import la.anuyat.complaint.process.ComplaintWorkflow;
import la.anuyat.identity.Actor;
import la.anuyat.shared.DomainException;
import la.anuyat.shared.InvalidInputException;

/**
 * A complaint's mediation and papers on the staff case page: the meeting (when, where,
 * who, and once held who came, the minutes and the outcome), the form of the step open
 * now (scheduling or recording the meeting), and the signed mediation record and decision
 * letter to download.
 */
class ComplaintMediationPanel extends Div {

	private final CaseFile caseFile;

	ComplaintMediationPanel(ComplaintService complaints, ComplaintMediations mediations, ComplaintWorkflow workflow,
			Set<String> openTasks, Actor officer, CaseFile caseFile, Complaint complaint, Runnable refresh) {
		this.caseFile = caseFile;
		setId("complaint-mediation");
		addClassName("task-panel");
		long caseId = caseFile.getId();
		Optional<Mediation> mediation = mediations.ofCase(caseId);
		add(new H3(getTranslation("mediation.title")));
		mediation.ifPresent(this::facts);
		if (openTasks.contains("userTask_scheduleMediation")) {
			scheduleForm(workflow, officer, refresh);
		}
		if (openTasks.contains("userTask_recordMediation") && mediation.isPresent()) {
			recordForm(workflow, officer, mediation.get(), refresh);
		}
		Div papers = new Div();
		papers.addClassName("enforcement-papers");
		if (mediation.map(Mediation::getRecordDocumentId).isPresent()) {
			papers.add(download("mediation-record-pdf", "mediation.recordPdf", "-mediation.pdf",
					() -> mediations.recordPdf(officer, caseId)));
		}
		if (complaints.hasDecisionLetter(caseId)) {
			papers.add(download("complaint-decision-pdf", "complaint.decisionPdf", "-decision.pdf",
					() -> complaints.decisionLetter(officer, caseId)));
		}
		add(papers);
		if (mediation.isEmpty() && !openTasks.contains("userTask_scheduleMediation")
				&& papers.getComponentCount() == 0) {
			setVisible(false);
		}
	}

	private void facts(Mediation mediation) {
		Div facts = new Div();
		facts.addClassName("facts");
		facts.add(new Fact(getTranslation("mediation.meetingAt"), DisplayFormats.dateTime(mediation.getMeetingAt())));
		facts.add(new Fact(getTranslation("mediation.place"), mediation.getPlace()));
		facts.add(new Fact(getTranslation("mediation.participants"),
				mediation.getParticipants()
					.stream()
					.map((participant) -> participant.getName() + " (" + UserMessages.in(participant.getSide().label())
							+ ((participant.getRole() != null) ? ", " + participant.getRole() : "") + ")"
							+ (Boolean.FALSE.equals(participant.getAttended())
									? " — " + getTranslation("mediation.absent") : ""))
					.collect(Collectors.joining("; "))));
		if (mediation.isRecorded()) {
			facts.add(new Fact(getTranslation("mediation.minutes"), mediation.getMinutes()));
			facts.add(new Fact(getTranslation("mediation.outcome"), UserMessages.in(mediation.getOutcome().label())));
			if (mediation.getAgreement() != null) {
				facts.add(new Fact(getTranslation("mediation.agreement"), mediation.getAgreement()));
			}
		}
		add(facts);
	}

	private void scheduleForm(ComplaintWorkflow workflow, Actor officer, Runnable refresh) {
		DateTimePicker meetingAt = new DateTimePicker(getTranslation("mediation.meetingAt"));
		meetingAt.setId("mediation-meeting-at");
		TextField place = new TextField(getTranslation("mediation.place"));
		place.setId("mediation-place");
		place.setMaxLength(500);
		place.setWidthFull();
		TextField complainant = new TextField(getTranslation("mediation.complainantName"));
		complainant.setId("mediation-complainant");
		TextField operator = new TextField(getTranslation("mediation.operatorName"));
		operator.setId("mediation-operator");
		TextField operatorRole = new TextField(getTranslation("mediation.operatorRole"));
		operatorRole.setId("mediation-operator-role");
		TextArea officers = new TextArea(getTranslation("mediation.officers"));
		officers.setId("mediation-officers");
		officers.setHelperText(getTranslation("mediation.officersHelp"));
		officers.setWidthFull();
		Button schedule = new Button(getTranslation("mediation.schedule"), (event) -> act(() -> {
			List<MediationSchedule.Invitee> invitees = new ArrayList<>();
			invitees.add(new MediationSchedule.Invitee(MediationSide.COMPLAINANT, complainant.getValue(), null));
			invitees.add(new MediationSchedule.Invitee(MediationSide.OPERATOR, operator.getValue(),
					operatorRole.getValue()));
			for (String line : officers.getValue().split("\\R")) {
				if (!line.isBlank()) {
					String[] parts = line.split(",", 2);
					invitees.add(new MediationSchedule.Invitee(MediationSide.OFFICER, parts[0].strip(),
							(parts.length > 1) ? parts[1].strip() : null));
				}
			}
			workflow.scheduleMediation(officer, this.caseFile.getCaseNumber(),
					new MediationSchedule(meetingAt.getValue(), place.getValue(), invitees));
		}, refresh));
		schedule.setId("mediation-schedule");
		schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		add(meetingAt, place, complainant, operator, operatorRole, officers, schedule);
	}

	private void recordForm(ComplaintWorkflow workflow, Actor officer, Mediation mediation, Runnable refresh) {
		CheckboxGroup<String> attended = new CheckboxGroup<>(getTranslation("mediation.attended"));
		attended.setId("mediation-attended");
		attended.setItems(mediation.getParticipants().stream().map(MediationParticipant::getName).toList());
		TextArea minutes = new TextArea(getTranslation("mediation.minutes"));
		minutes.setId("mediation-minutes");
		minutes.setMaxLength(10000);
		minutes.setWidthFull();
		Select<MediationOutcome> outcome = new Select<>();
		outcome.setId("mediation-outcome");
		outcome.setLabel(getTranslation("mediation.outcome"));
		outcome.setItems(MediationOutcome.values());
		outcome.setItemLabelGenerator((item) -> (item != null) ? UserMessages.in(item.label()) : "");
		TextArea agreement = new TextArea(getTranslation("mediation.agreement"));
		agreement.setId("mediation-agreement");
		agreement.setMaxLength(2000);
		agreement.setWidthFull();
		Button record = new Button(getTranslation("mediation.record"),
				(event) -> act(() -> workflow.recordMediation(officer, this.caseFile.getCaseNumber(),
						new MediationMinutes(List.copyOf(attended.getValue()), minutes.getValue(), outcome.getValue(),
								agreement.getValue())),
						refresh));
		record.setId("mediation-record");
		record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		add(attended, minutes, outcome, agreement, record);
	}

	private Anchor download(String id, String labelKey, String suffix, Supplier<byte[]> pdf) {
		Anchor anchor = new Anchor(DownloadHandler.fromInputStream((event) -> {
			byte[] bytes = pdf.get();
			return new DownloadResponse(new ByteArrayInputStream(bytes), this.caseFile.getCaseNumber() + suffix,
					"application/pdf", bytes.length);
		}), AttachmentType.DOWNLOAD, getTranslation(labelKey));
		anchor.setId(id);
		anchor.addClassName("button-like");
		return anchor;
	}

	private void act(Runnable action, Runnable refresh) {
		try {
			action.run();
			UserMessages.success(getTranslation("complaint.saved"));
			refresh.run();
		}
		catch (InvalidInputException refusal) {
			// each field's reason: the form has several fields and one general line helps
			// nobody
			UserMessages.errorMessage(UserMessages.in(refusal.text()) + ": "
					+ refusal.fieldErrors()
						.stream()
						.map((error) -> UserMessages.in(error.message()))
						.collect(Collectors.joining("; ")));
		}
		catch (DomainException refusal) {
			UserMessages.error(refusal);
		}
	}

}
