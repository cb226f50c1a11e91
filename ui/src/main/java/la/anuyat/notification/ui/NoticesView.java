package la.anuyat.notification.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import la.anuyat.identity.CurrentActor;
import la.anuyat.app.ui.DisplayFormats;
import la.anuyat.app.ui.MainLayout;
import la.anuyat.identity.Actor;
import la.anuyat.notification.Notice;
import la.anuyat.notification.NoticeFilter;
import la.anuyat.notification.NotificationService;

/**
 * All of the signed-in user's notices, newest first, a page at a time as the list
 * scrolls: those still unread are marked, and the list shows either only those or all.
 * Each opens the page it is about, or is marked read where it stands; "mark all as read"
 * clears them. Applicants and staff alike; the bell in the header links here.
 */
@Route(value = "notices", layout = MainLayout.class)
@PermitAll
class NoticesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	private final NotificationService notifications;

	private final CurrentActor currentActor;

	private final RadioButtonGroup<NoticeFilter> filter = new RadioButtonGroup<>();

	private final Span unread = new Span();

	private final Grid<Notice> grid = new Grid<>();

	private Actor reader;

	private Registration changes;

	NoticesView(NotificationService notifications, CurrentActor currentActor) {
		this.notifications = notifications;
		this.currentActor = currentActor;
		addClassName("page");
		setId("notices-page");
		setSizeFull();
		H1 title = new H1(getTranslation("notices.title"));
		title.addClassName("page-title");

		this.filter.setId("notices-filter");
		this.filter.setLabel(getTranslation("notices.filter"));
		this.filter.setItems(NoticeFilter.ALL, NoticeFilter.UNREAD);
		this.filter.setItemLabelGenerator((choice) -> getTranslation("notices.filter." + choice.name()));
		this.filter.setValue(NoticeFilter.ALL);
		this.filter.addValueChangeListener((event) -> show());
		this.unread.setId("notices-unread-count");
		this.unread.addClassName("hint");
		Button markAllRead = new Button(getTranslation("notices.markAllRead"), (event) -> markAllRead());
		markAllRead.setId("notices-mark-all-read");
		markAllRead.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		HorizontalLayout tools = new HorizontalLayout(this.filter, this.unread, markAllRead);
		tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.END);
		tools.setWrap(true);
		tools.addClassName("notices-tools");

		this.grid.setId("notices-grid");
		this.grid.addColumn((notice) -> DisplayFormats.dateTime(notice.getCreatedAt()))
			.setHeader(getTranslation("notices.when"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addComponentColumn(this::summary).setHeader(getTranslation("notices.notice")).setFlexGrow(1);
		this.grid.addComponentColumn(this::actions).setHeader(getTranslation("notices.actions")).setAutoWidth(true);
		this.grid.setPartNameGenerator((notice) -> notice.isRead() ? null : "notice-unread-row");
		this.grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.grid.setEmptyStateText(getTranslation("notices.empty"));
		this.grid.setSizeFull();
		add(title, tools, this.grid);
		expand(this.grid);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.reader = this.currentActor.actor();
		show();
	}

	@Override
	protected void onAttach(AttachEvent attachEvent) {
		super.onAttach(attachEvent);
		this.changes = ComponentUtil.addListener(attachEvent.getUI(), NoticesChanged.class, (event) -> show());
	}

	@Override
	protected void onDetach(DetachEvent detachEvent) {
		if (this.changes != null) {
			this.changes.remove();
			this.changes = null;
		}
		super.onDetach(detachEvent);
	}

	/**
	 * Marks the notice read and opens the page it is about: the applicant's page of their
	 * application, or the staff case page, as its link says.
	 */
	static void follow(Notice notice, NotificationService notifications, Actor reader) {
		notifications.markNoticeRead(reader, notice.getId());
		UI ui = UI.getCurrent();
		NoticesChanged.fire(ui);
		String route = notice.getLink().startsWith("/") ? notice.getLink().substring(1) : notice.getLink();
		ui.navigate(route);
	}

	private void show() {
		if (this.reader == null) {
			return;
		}
		NoticeFilter chosen = (this.filter.getValue() != null) ? this.filter.getValue() : NoticeFilter.ALL;
		long count = this.notifications.unreadNoticesOf(this.reader);
		this.unread.setText(getTranslation("notices.unreadCount", count));
		// a page at a time, as the grid scrolls: a leader's notices grow with every
		// overdue task
		this.grid.setItems(
				(query) -> this.notifications.noticesOf(this.reader, chosen, query.getPage(), query.getPageSize())
					.stream(),
				(query) -> (int) Math.min(Integer.MAX_VALUE, this.notifications.countNoticesOf(this.reader, chosen)));
	}

	private Div summary(Notice notice) {
		Span title = new Span(notice.title(getLocale()));
		title.addClassName("notice-title");
		Div heading = new Div(title);
		if (!notice.isRead()) {
			Span mark = new Span(getTranslation("notices.unread"));
			mark.addClassNames("status-badge", "notice-new");
			mark.setId("notices-unread-" + notice.getId());
			heading.add(mark);
		}
		heading.addClassName("notice-heading-line");
		Paragraph text = new Paragraph(notice.text(getLocale()));
		text.addClassName("notice-text");
		Div summary = new Div(heading, text);
		summary.addClassNames("notice-summary", notice.isRead() ? "read" : "unread");
		summary.setId("notices-item-" + notice.getId());
		return summary;
	}

	private HorizontalLayout actions(Notice notice) {
		Button open = new Button(getTranslation("notices.openCase"),
				(event) -> follow(notice, this.notifications, this.reader));
		open.setId("notices-open-" + notice.getId());
		open.addThemeVariants(ButtonVariant.LUMO_SMALL);
		HorizontalLayout actions = new HorizontalLayout(open);
		if (!notice.isRead()) {
			Button read = new Button(getTranslation("notices.markRead"), (event) -> {
				this.notifications.markNoticeRead(this.reader, notice.getId());
				getUI().ifPresent(NoticesChanged::fire);
			});
			read.setId("notices-read-" + notice.getId());
			read.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
			actions.add(read);
		}
		actions.setSpacing(false);
		actions.addClassName("notice-actions");
		return actions;
	}

	private void markAllRead() {
		this.notifications.markAllNoticesRead(this.reader);
		getUI().ifPresent(NoticesChanged::fire);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("notices.title");
	}

}
