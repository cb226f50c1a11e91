package la.anuyat.inspection.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import la.anuyat.app.ui.DisplayFormats;
import la.anuyat.app.ui.MainLayout;
import la.anuyat.app.ui.UserMessages;
import la.anuyat.identity.CurrentActor;
import la.anuyat.inspection.InspectionPlans;
import la.anuyat.inspection.InspectionPlans.MyInspection;
import la.anuyat.inspection.PlanEntry;
import la.anuyat.shared.DomainException;

/**
 * The inspector's list on a phone: the open inspections assigned to them, by day, and
 * among the same day the nearest first once the phone tells where they stand (the
 * browser's geolocation; without it, by day only). One card per inspection, readable on a
 * small screen.
 */
@Route(value = "inspections/mine", layout = MainLayout.class)
@RolesAllowed({ "INSPECTOR", "SECTION_OFFICER", "MINISTRY_OFFICER", "LEADERSHIP" })
class MyInspectionsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

	/**
	 * Asks the browser for the position once; resolves to "latitude,longitude" or to an
	 * empty text when refused, unavailable or too slow.
	 */
	private static final String LOCATE = """
			return new Promise((resolve) => {
			  if (!navigator.geolocation) { resolve(''); return; }
			  navigator.geolocation.getCurrentPosition(
			    (p) => resolve(p.coords.latitude + ',' + p.coords.longitude),
			    () => resolve(''), { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 });
			});""";

	private final InspectionPlans plans;

	private final CurrentActor currentActor;

	private final Clock clock;

	private final Div cards = new Div();

	private final Paragraph note = new Paragraph();

	MyInspectionsView(InspectionPlans plans, CurrentActor currentActor, Clock clock) {
		this.plans = plans;
		this.currentActor = currentActor;
		this.clock = clock;
		addClassName("page");
		addClassName("phone-page");
		setId("my-inspections");
		setPadding(true);
		setMaxWidth("32rem");
		Button locate = new Button(getTranslation("mine.locate"), VaadinIcon.CROSSHAIRS.create(),
				(event) -> getElement().executeJs(LOCATE).then(String.class, this::located));
		locate.setId("mine-locate");
		locate.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
		locate.setWidthFull();
		this.cards.setId("mine-cards");
		this.cards.setWidthFull();
		this.note.setId("mine-note");
		add(new H1(getTranslation("mine.title")), locate, this.note, this.cards);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("mine.title");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		show(null, null);
	}

	private void located(String position) {
		String[] parts = (position == null) ? new String[0] : position.split(",");
		if (parts.length != 2) {
			this.note.setText(getTranslation("mine.noPosition"));
			show(null, null);
			return;
		}
		try {
			this.note.setText("");
			show(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]));
		}
		catch (NumberFormatException ex) {
			this.note.setText(getTranslation("mine.noPosition"));
			show(null, null);
		}
	}

	private void show(Double latitude, Double longitude) {
		this.cards.removeAll();
		List<MyInspection> mine;
		try {
			mine = this.plans.mine(this.currentActor.actor(), latitude, longitude);
		}
		catch (DomainException ex) {
			UserMessages.error(ex);
			return;
		}
		if (mine.isEmpty()) {
			this.cards.add(new Paragraph(getTranslation("mine.none")));
			return;
		}
		LocalDate today = LocalDate.now(this.clock);
		for (MyInspection one : mine) {
			this.cards.add(card(one, today));
		}
	}

	private Div card(MyInspection one, LocalDate today) {
		PlanEntry entry = one.entry();
		Div card = new Div();
		card.addClassName("inspection-card");
		card.setId("mine-" + entry.getId());
		card.getStyle()
			.set("border", "1px solid var(--lumo-contrast-20pct)")
			.set("border-radius", "var(--lumo-border-radius-l)")
			.set("padding", "var(--lumo-space-m)")
			.set("margin-bottom", "var(--lumo-space-s)");
		Span due = new Span(getTranslation("mine.due", DisplayFormats.date(entry.dueOn())));
		due.getStyle().set("font-weight", "600");
		if (entry.isOverdue(today)) {
			due.getElement().getThemeList().add("badge error");
		}
		Div name = new Div(new Span(InspectionLabels.holder(entry)));
		name.getStyle().set("font-size", "var(--lumo-font-size-l)");
		Div facts = new Div(new Span(InspectionLabels.type(this, entry) + " · " + entry.getSubjectRef()));
		card.add(new Div(due), name, facts);
		if (one.distanceKm() != null) {
			Div distance = new Div(
					new Span(getTranslation("mine.distance", String.format(Locale.ROOT, "%.1f", one.distanceKm()))));
			distance.addClassName("inspection-distance");
			card.add(distance);
		}
		if (entry.isJoint()) {
			card.add(new Div(new Span(getTranslation("plan.joint"))));
		}
		card.add(new Div(new Span(getTranslation("plan.team") + ": " + InspectionLabels.team(one.team()))),
				new Div(new Span(getTranslation("mine.checklist", entry.getInspectionType().formId()))));
		Button report = new Button(getTranslation("fieldReport.open"), VaadinIcon.CLIPBOARD_CHECK.create(),
				(event) -> event.getSource()
					.getUI()
					.ifPresent((ui) -> ui.navigate(FieldReportView.class, entry.getId())));
		report.setId("mine-" + entry.getId() + "-report");
		report.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		report.setWidthFull();
		report.getStyle().set("margin-top", "var(--lumo-space-s)");
		card.add(report);
		return card;
	}

}
