package la.anuyat.complaint.ui;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import la.anuyat.app.ui.PublicBar;
import la.anuyat.app.ui.UserMessages;
import la.anuyat.complaint.ComplaintService;
import la.anuyat.complaint.PublicComplaint;
import la.anuyat.complaint.process.ComplaintWorkflow;
import la.anuyat.shared.DomainException;

/**
 * Follows a complaint by its tracking code, without sign-in: where it stands and its
 * history in public words, the operator's response and the decision; rating and reopening
 * while the window is open.
 */
@Route(value = "complaints/track", autoLayout = false)
@AnonymousAllowed
class TrackComplaintView extends Div implements BeforeEnterObserver, HasDynamicTitle {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	private final ComplaintService complaints;

	private final ComplaintWorkflow workflow;

	private final TextField code = new TextField();

	private final Div shown = new Div();

	TrackComplaintView(ComplaintService complaints, ComplaintWorkflow workflow) {
		this.complaints = complaints;
		this.workflow = workflow;
		addClassName("complaint-page");
		this.code.setId("track-code");
		this.code.setLabel(getTranslation("complaint.trackingCode"));
		this.code.setMaxLength(20);
		Button look = new Button(getTranslation("complaint.look"), (event) -> show());
		look.setId("track-submit");
		look.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.shown.setId("track-result");
		Div bar = new PublicBar();
		Div content = new Div(new H1(getTranslation("complaint.trackTitle")), this.code, look, this.shown);
		content.getElement().setAttribute("role", "main");
		content.getStyle().set("padding", "0 1rem");
		add(bar, content);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		List<String> given = event.getLocation().getQueryParameters().getParameters().get("code");
		if (given != null && !given.isEmpty()) {
			this.code.setValue(given.get(0));
			show();
		}
	}

	private void show() {
		this.shown.removeAll();
		PublicComplaint complaint;
		try {
			complaint = this.complaints.track(this.code.getValue());
		}
		catch (DomainException refusal) {
			Paragraph none = new Paragraph(UserMessages.in(refusal.text()));
			none.setId("track-not-found");
			this.shown.add(none);
			return;
		}
		Span stage = new Span(UserMessages.in(complaint.stage().label()));
		stage.setId("track-stage");
		this.shown.add(new H2(complaint.caseNumber() + " · " + UserMessages.in(complaint.categoryName())),
				new Paragraph(new Span(getTranslation("complaint.stage") + ": "), stage), new Paragraph(
						getTranslation("complaint.handledBy") + ": " + UserMessages.in(complaint.authorityName())));
		if (complaint.respondentName() != null) {
			this.shown.add(new Paragraph(
					getTranslation("complaint.operator") + ": " + UserMessages.in(complaint.respondentName())));
		}
		if (complaint.response() != null) {
			this.shown.add(new Paragraph(getTranslation("complaint.response") + ": " + complaint.response()));
		}
		if (complaint.reasons() != null) {
			this.shown.add(new Paragraph(getTranslation("complaint.reasons") + ": " + complaint.reasons()));
		}
		if (complaint.remedy() != null && Boolean.TRUE.equals(complaint.upheld())) {
			this.shown.add(new Paragraph(getTranslation("complaint.remedy") + ": " + complaint.remedy()));
		}
		if (complaint.mediation() != null) {
			// the meeting's date and place only: who else takes part is not for the
			// public
			Paragraph meeting = new Paragraph(getTranslation("mediation.publicMeeting",
					WHEN.format(complaint.mediation().at()), complaint.mediation().place()));
			meeting.setId("track-mediation");
			this.shown.add(meeting);
		}
		if (complaint.decisionLetter()) {
			String code = this.code.getValue().strip();
			Anchor letter = new Anchor("/api/v1/complaints/" + code + "/decision.pdf",
					getTranslation("complaint.decisionPdf"));
			letter.setId("track-decision-pdf");
			letter.getElement().setAttribute("download", true);
			this.shown.add(new Paragraph(letter));
		}
		UnorderedList history = new UnorderedList();
		history.setId("track-history");
		for (PublicComplaint.Step step : complaint.steps()) {
			history.add(new ListItem(WHEN.format(step.at()) + " · " + UserMessages.in(step.text())));
		}
		this.shown.add(new H2(getTranslation("complaint.history")), history);
		if (complaint.mayRateOrReopenAt(LocalDateTime.now())) {
			addRatingAndReopen(complaint);
		}
	}

	private void addRatingAndReopen(PublicComplaint complaint) {
		String until = WHEN.format(complaint.windowClosesAt());
		this.shown.add(new Paragraph(getTranslation("complaint.windowUntil", until)));
		if (complaint.rating() == null) {
			Select<Integer> stars = new Select<>();
			stars.setId("track-rating");
			stars.setLabel(getTranslation("complaint.rating"));
			stars.setItems(5, 4, 3, 2, 1);
			Button rate = new Button(getTranslation("complaint.rate"), (event) -> act(() -> this.complaints
				.rate(this.code.getValue(), (stars.getValue() != null) ? stars.getValue() : 0, null)));
			rate.setId("track-rate");
			this.shown.add(stars, rate);
		}
		TextArea reason = new TextArea(getTranslation("complaint.reopenReason"));
		reason.setId("track-reopen-reason");
		reason.setMaxLength(5000);
		Button reopen = new Button(getTranslation("complaint.reopen"),
				(event) -> act(() -> this.workflow.reopen(this.code.getValue(), reason.getValue())));
		reopen.setId("track-reopen");
		this.shown.add(reason, reopen);
	}

	private void act(Runnable action) {
		try {
			action.run();
			UserMessages.success(getTranslation("complaint.saved"));
			show();
		}
		catch (DomainException refusal) {
			UserMessages.error(refusal);
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("complaint.trackTitle");
	}

}
