package la.anuyat.licence.ui;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import la.anuyat.casefile.ui.CaseSections;
import la.anuyat.casefile.ui.CaseTimeline;
import la.anuyat.casefile.ui.StatusBadge;
import la.anuyat.casefile.ui.AuthorityNames;
import la.anuyat.casefile.ui.DocumentList;
import la.anuyat.casefile.ui.DueDate;
import la.anuyat.casefile.ui.ExpectedCourse;
import la.anuyat.app.ui.Uploads;
import la.anuyat.identity.CurrentActor;
import la.anuyat.app.ui.MainLayout;
import la.anuyat.app.ui.UserMessages;
import la.anuyat.identity.Actor;
import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.CaseId;
import la.anuyat.casefile.CaseStatus;
import la.anuyat.licence.intake.LicenceIntake;
import la.anuyat.casefile.workflow.ApplicationTimeline;
import la.anuyat.casefile.workflow.TimelineStep;
import la.anuyat.casefile.workflow.WorkItem;
import la.anuyat.licence.LicenceApplication;
import la.anuyat.licence.LicenceApplications;
import la.anuyat.licence.LicenceType;
import la.anuyat.licence.form.FormDefinition;
import la.anuyat.licence.form.RequiredDocument;
import la.anuyat.shared.DomainException;

/**
 * One application as its applicant sees it: where it is and why, what is asked of them,
 * the documents, the decision and the certificate, and the history.
 */
@Route(value = "my-applications/:caseNumber", layout = MainLayout.class)
@RolesAllowed("APPLICANT")
class ApplicationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	private final ApplicantDesk desk;

	private final CurrentActor currentActor;

	private final LicenceIntake intake;

	private String caseNumber = "";

	/** The names of the people on the case shown, looked up once per showing. */
	private final Map<String, String> names = new java.util.HashMap<>();

	/** What the case families show of a case: here, its invoice. */
	private final List<CaseSections> sections;

	private final ApplicationTimeline timeline;

	private final LicenceApplications applications;

	ApplicationView(ApplicantDesk desk, LicenceIntake intake, CurrentActor currentActor, List<CaseSections> sections,
			ApplicationTimeline timeline, LicenceApplications applications) {
		this.applications = applications;
		this.desk = desk;
		this.timeline = timeline;
		this.sections = sections;
		this.intake = intake;
		this.currentActor = currentActor;
		addClassName("page");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.caseNumber = event.getRouteParameters().get("caseNumber").orElse("");
		show();
	}

	private void show() {
		removeAll();
		this.names.clear();
		Actor applicant = this.currentActor.actor();
		CaseFile caseFile = this.desk.myCase(applicant, this.caseNumber);
		LicenceType type = this.desk.licenceTypesByCode().get(caseFile.getCaseType());
		LicenceApplication application = this.applications.of(CaseId.of(caseFile))
			.orElseGet(() -> LicenceApplication.forNewLicence(CaseId.of(caseFile)));

		Anchor back = new Anchor("my-applications", getTranslation("application.back"));
		back.setId("application-back");
		H1 title = new H1(caseFile.getCaseNumber());
		title.setId("application-case-number");
		StatusBadge status = new StatusBadge(caseFile.getStatus());
		status.setId("application-status");
		HorizontalLayout header = new HorizontalLayout(title, status);
		header.setAlignItems(Alignment.CENTER);
		header.addClassName("page-title");
		add(back, header);
		if (type != null) {
			add(new Paragraph(UserMessages.pick(type.getNameLo(), type.getNameEn())));
		}
		add(kind(application));

		add(whereAndWhy(caseFile));
		List<TimelineStep> steps = this.timeline.of(caseFile);
		if (!steps.isEmpty()) {
			add(new H3(getTranslation("timeline.title")), new ExpectedCourse(steps));
		}

		Optional<WorkItem> question = caseFile.getStatus() == CaseStatus.INFO_REQUESTED
				? this.desk.openInformationRequest(applicant, caseFile.getId()) : Optional.empty();
		question.ifPresent((task) -> add(answerPanel(applicant, caseFile, task)));

		if (caseFile.getStatus() == CaseStatus.REJECTED) {
			add(decisionPanel(caseFile));
		}
		if (caseFile.getStatus() == CaseStatus.APPROVED && application.getLicenceNumber() != null) {
			add(certificatePanel(applicant, application.getLicenceNumber()));
		}
		this.sections.forEach((family) -> family.panels(caseFile, applicant, this::show).forEach(this::add));

		add(documentsPanel(applicant, caseFile, application));
		add(new H3(getTranslation("application.history")), new CaseTimeline(caseFile.getHistory(), this::nameOf));
	}

	/**
	 * New, renewal or amendment, and for a renewal or an amendment the licence it is
	 * about.
	 */
	private Paragraph kind(LicenceApplication application) {
		Span kind = new Span(getTranslation("application.kind", UserMessages.in(application.getKind().label())));
		kind.setId("application-kind");
		Paragraph line = new Paragraph(kind);
		if (application.getSubjectLicenceNumber() != null) {
			line.add(new Span(
					" · " + getTranslation("application.subjectLicence", application.getSubjectLicenceNumber())));
		}
		line.addClassName("application-kind");
		return line;
	}

	private Div whereAndWhy(CaseFile caseFile) {
		Div box = new Div();
		box.addClassName("where-box");
		box.setId("application-where");
		String authorityName = authorityName(caseFile.getAuthorityCode());
		box.add(new Paragraph(getTranslation("application.where." + caseFile.getStatus().name(), authorityName)));
		if (!caseFile.getStatus().isClosed() && caseFile.getStatus() != CaseStatus.DRAFT
				&& caseFile.getDueDate() != null) {
			Span label = new Span(getTranslation("application.due") + " ");
			box.add(new Div(label, new DueDate(caseFile.getDueDate(), DueDate.isOverdue(caseFile.getDueDate()))));
		}
		return box;
	}

	private String nameOf(String username) {
		return this.names.computeIfAbsent((username != null) ? username : "",
				(key) -> UserMessages.in(this.desk.personName(key)));
	}

	private String authorityName(String code) {
		return AuthorityNames.of(this.desk::authority, code);
	}

	private Div answerPanel(Actor applicant, CaseFile caseFile, WorkItem task) {
		Div panel = new Div();
		panel.addClassName("task-panel");
		panel.setId("info-request");
		Paragraph asked = new Paragraph(caseFile.getInformationRequest());
		asked.setId("info-request-question");
		asked.addClassName("question");
		TextArea answer = new TextArea(getTranslation("application.answer"));
		answer.setId("info-request-answer");
		answer.setWidthFull();
		answer.setMinHeight("8em");
		Button resubmit = new Button(getTranslation("application.resubmit"), VaadinIcon.PAPERPLANE.create());
		resubmit.setId("info-request-resubmit");
		resubmit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		resubmit.addClickListener((event) -> {
			if (answer.getValue().isBlank()) {
				answer.setErrorMessage(getTranslation("application.answerRequired"));
				answer.setInvalid(true);
				return;
			}
			try {
				this.desk.answer(applicant, task.taskId(), answer.getValue().trim());
			}
			catch (DomainException refusal) {
				UserMessages.error(refusal);
				return;
			}
			UserMessages.success(getTranslation("application.resubmitted"));
			show();
		});
		panel.add(new H3(getTranslation("application.infoRequested")), asked,
				new Paragraph(getTranslation("application.infoRequestedHint")), answer, resubmit);
		return panel;
	}

	private Div decisionPanel(CaseFile caseFile) {
		Div panel = new Div();
		panel.addClassName("decision-panel");
		panel.setId("decision-reasons");
		panel.add(new H3(getTranslation("application.rejectedReasons")),
				new Paragraph((caseFile.getDecisionReasons() != null) ? caseFile.getDecisionReasons() : ""));
		return panel;
	}

	private Div certificatePanel(Actor applicant, String licenceNumber) {
		Div panel = new Div();
		panel.addClassName("certificate-panel");
		DownloadHandler pdf = DownloadHandler.fromInputStream((event) -> {
			byte[] bytes = this.desk.certificate(applicant, licenceNumber);
			return new DownloadResponse(new ByteArrayInputStream(bytes), licenceNumber + ".pdf", "application/pdf",
					bytes.length);
		});
		Anchor download = new Anchor(pdf, AttachmentType.DOWNLOAD, getTranslation("application.certificate"));
		download.setId("certificate-download");
		download.addClassName("button-like");
		panel.add(new H3(getTranslation("application.approved", licenceNumber)), download);
		return panel;
	}

	private Div documentsPanel(Actor applicant, CaseFile caseFile, LicenceApplication application) {
		Div panel = new Div();
		panel.setWidthFull();
		Map<String, String> typeNames = new LinkedHashMap<>();
		try {
			FormDefinition form = this.desk.formFor(caseFile.getCaseType());
			for (RequiredDocument required : form.requiredDocumentsFor(application.getKind().decisionValue())) {
				typeNames.put(required.type(), UserMessages.in(required.name()));
			}
		}
		catch (DomainException ex) {
			// A licence type whose form was withdrawn still shows its documents, by their
			// type codes.
		}
		typeNames.put(DocumentList.OTHER_TYPE, getTranslation("documents.other"));
		panel.add(new H3(getTranslation("application.documents")));
		panel
			.add(new DocumentList(this.desk.documents(caseFile.getId()), typeNames, this.desk::documentContent, false));
		if (!caseFile.getStatus().isClosed()) {
			Select<String> type = new Select<>();
			type.setId("upload-more-type");
			type.setLabel(getTranslation("application.uploadType"));
			type.setItems(typeNames.keySet());
			type.setItemLabelGenerator((code) -> (code != null) ? typeNames.get(code) : "");
			type.setValue(DocumentList.OTHER_TYPE);
			Upload upload = new Upload();
			upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
				upload.clearFileList();
				try {
					this.intake.attach(applicant, caseFile.getCaseNumber(), type.getValue(), metadata.fileName(),
							bytes);
					UserMessages.success(getTranslation("upload.stored", metadata.fileName()));
					show();
				}
				catch (DomainException refusal) {
					UserMessages.error(refusal);
				}
			}));
			upload.setId("upload-more");
			upload.setMaxFiles(1);
			Uploads.translate(upload, this);
			Uploads.limitSize(upload, this.desk.maxDocumentBytes(), this);
			panel.add(new H3(getTranslation("application.uploadMore")),
					Uploads.rules(UserMessages.in(this.desk.uploadRules())), type, upload);
		}
		return panel;
	}

	@Override
	public String getPageTitle() {
		return this.caseNumber;
	}

}
