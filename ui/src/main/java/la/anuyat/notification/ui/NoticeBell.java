package la.anuyat.notification.ui;

import java.util.List;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.annotation.SpringComponent;
import la.anuyat.identity.CurrentActor;
import la.anuyat.app.ui.DisplayFormats;
import la.anuyat.identity.Actor;
import la.anuyat.notification.Notice;
import la.anuyat.notification.NotificationService;

import org.springframework.context.annotation.Scope;

/**
 * The signed-in user's notices, in the header of every page: a bell with the number still
 * unread, opening the latest notices; choosing one marks it read and opens the page it is
 * about (an applicant's application, a case on the staff case page), and "See all" opens
 * the notices page. The count follows each navigation and what the notices page marks
 * read.
 */
@SpringComponent
@Scope("prototype")
public class NoticeBell extends Composite<Div> implements AfterNavigationObserver {

	private static final int LATEST = 10;

	private final NotificationService notifications;

	private final CurrentActor currentActor;

	private final Button bell = new Button(VaadinIcon.BELL.create());

	private final Span unread = new Span();

	private final Div list = new Div();

	private final Popover popover = new Popover();

	private Registration changes;

	NoticeBell(NotificationService notifications, CurrentActor currentActor) {
		this.notifications = notifications;
		this.currentActor = currentActor;
		getContent().addClassName("notice-bell");
		this.bell.setId("notice-bell");
		this.bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
		this.unread.setId("notice-unread");
		this.unread.addClassName("notice-unread");
		this.unread.getElement().setAttribute("aria-hidden", "true");
		this.list.setId("notice-list");
		this.list.addClassName("notice-list");
		Button markAllRead = new Button(getTranslation("notices.markAllRead"), (event) -> markAllRead());
		markAllRead.setId("notice-mark-all-read");
		markAllRead.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
		HorizontalLayout heading = new HorizontalLayout(new H2(getTranslation("notices.title")), markAllRead);
		heading.setAlignItems(HorizontalLayout.Alignment.BASELINE);
		heading.setJustifyContentMode(HorizontalLayout.JustifyContentMode.BETWEEN);
		heading.addClassName("notice-heading");
		Button seeAll = new Button(getTranslation("notices.seeAll"), (event) -> seeAll());
		seeAll.setId("notice-see-all");
		seeAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
		seeAll.addClassName("notice-see-all");
		this.popover.setTarget(this.bell);
		this.popover.setPosition(PopoverPosition.BOTTOM_END);
		this.popover.setAriaLabel(getTranslation("notices.title"));
		this.popover.add(heading, this.list, seeAll);
		this.popover.addOpenedChangeListener((event) -> {
			if (event.isOpened()) {
				refresh();
			}
		});
		getContent().add(this.bell, this.unread, this.popover);
	}

	@Override
	protected void onAttach(AttachEvent attachEvent) {
		super.onAttach(attachEvent);
		this.changes = ComponentUtil.addListener(attachEvent.getUI(), NoticesChanged.class, (event) -> refresh());
		refresh();
	}

	@Override
	protected void onDetach(DetachEvent detachEvent) {
		if (this.changes != null) {
			this.changes.remove();
			this.changes = null;
		}
		super.onDetach(detachEvent);
	}

	/** The header stays while the pages change: a notice may have come meanwhile. */
	@Override
	public void afterNavigation(AfterNavigationEvent event) {
		refresh();
	}

	private void refresh() {
		this.currentActor.current().ifPresentOrElse(this::show, () -> setVisible(false));
	}

	private void show(Actor recipient) {
		setVisible(true);
		long count = this.notifications.unreadNoticesOf(recipient);
		this.unread.setText((count > 0) ? String.valueOf(count) : "");
		this.unread.setVisible(count > 0);
		this.bell.setAriaLabel(getTranslation("notices.open", count));
		this.bell.setTooltipText(getTranslation("notices.open", count));
		if (!this.popover.isOpened()) {
			// the list is read when the bell is opened, not on every page
			return;
		}
		List<Notice> latest = this.notifications.noticesOf(recipient, LATEST);
		this.list.removeAll();
		if (latest.isEmpty()) {
			this.list.add(new Paragraph(getTranslation("notices.empty")));
		}
		latest.forEach((notice) -> this.list.add(item(notice)));
	}

	private Div item(Notice notice) {
		Span title = new Span(notice.title(getLocale()));
		title.addClassName("notice-title");
		Span when = new Span(DisplayFormats.dateTime(notice.getCreatedAt()));
		when.addClassName("notice-time");
		Paragraph text = new Paragraph(notice.text(getLocale()));
		text.addClassName("notice-text");
		Button open = new Button(getTranslation("notices.openCase"), (event) -> open(notice));
		open.addThemeVariants(ButtonVariant.LUMO_SMALL);
		open.setId("notice-open-" + notice.getId());
		Div item = new Div(title, when, text, open);
		item.addClassName("notice");
		item.addClassName(notice.isRead() ? "read" : "unread");
		return item;
	}

	private void open(Notice notice) {
		this.popover.close();
		this.currentActor.current().ifPresent((reader) -> NoticesView.follow(notice, this.notifications, reader));
	}

	private void seeAll() {
		this.popover.close();
		getUI().ifPresent((ui) -> ui.navigate(NoticesView.class));
	}

	private void markAllRead() {
		this.currentActor.current().ifPresent(this.notifications::markAllNoticesRead);
		getUI().ifPresent(NoticesChanged::fire);
	}

}
