package la.anuyat.notification.ui;

import java.util.Comparator;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import la.anuyat.app.ui.DisplayFormats;
import la.anuyat.app.ui.MainLayout;
import la.anuyat.notification.NotificationService;
import la.anuyat.notification.OutboxMail;

/**
 * The mail outbox. In the embedded default no mail server is configured, so the e-mail
 * confirmation links of new sign-ups are read here.
 */
@Route(value = "admin/outbox", layout = MainLayout.class)
@RolesAllowed("ADMINISTRATOR")
class OutboxView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	private final NotificationService notifications;

	private final Grid<OutboxMail> grid = new Grid<>();

	OutboxView(NotificationService notifications) {
		this.notifications = notifications;
		addClassName("page");
		setSizeFull();
		this.grid.setId("outbox-grid");
		this.grid.addColumn((mail) -> DisplayFormats.dateTime(mail.getCreatedAt()))
			.setHeader(getTranslation("outbox.created"))
			.setAutoWidth(true);
		this.grid.addColumn(OutboxMail::getRecipient).setHeader(getTranslation("outbox.recipient")).setAutoWidth(true);
		this.grid.addColumn(OutboxMail::getSubject).setHeader(getTranslation("outbox.subject")).setFlexGrow(1);
		this.grid
			.addColumn(
					(mail) -> mail.isSent() ? getTranslation("outbox.sentAt", DisplayFormats.dateTime(mail.getSentAt()))
							: getTranslation("outbox.notSent"))
			.setHeader(getTranslation("outbox.state"))
			.setAutoWidth(true);
		this.grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>((mail) -> {
			Pre body = new Pre(mail.getBody());
			body.addClassName("mail-body");
			return new Div(body);
		}));
		this.grid.setEmptyStateText(getTranslation("outbox.empty"));
		this.grid.setSizeFull();
		add(new H2(getTranslation("outbox.title")), new Paragraph(getTranslation("outbox.intro")), this.grid);
		expand(this.grid);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.grid.setItems(this.notifications.outbox()
			.stream()
			.sorted(Comparator.comparing(OutboxMail::getCreatedAt, Comparator.nullsLast(Comparator.reverseOrder())))
			.toList());
	}

	@Override
	public String getPageTitle() {
		return getTranslation("outbox.title");
	}

}
