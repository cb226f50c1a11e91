package la.anuyat.inspection.ui;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import la.anuyat.app.ui.DisplayFormats;
import la.anuyat.app.ui.MainLayout;
import la.anuyat.identity.CurrentActor;
import la.anuyat.inspection.InspectorDevice;
import la.anuyat.inspection.InspectorDevices;
import la.anuyat.inspection.openrosa.CollectSettings;
import la.anuyat.shared.DomainException;

/**
 * Administrators enrol inspectors' phones for ODK Collect and revoke them. A new device's
 * QR code (server address, inspector, token) is shown once, in a dialog, for the
 * inspector to scan; the token is not kept.
 */
@Route(value = "admin/devices", layout = MainLayout.class)
@RolesAllowed("ADMINISTRATOR")
class DevicesView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

	private final InspectorDevices devices;

	private final CollectSettings settings;

	private final CurrentActor currentActor;

	private final Grid<InspectorDevice> grid = new Grid<>();

	DevicesView(InspectorDevices devices, CollectSettings settings, CurrentActor currentActor) {
		this.devices = devices;
		this.settings = settings;
		this.currentActor = currentActor;
		addClassName("page");

		TextField inspector = new TextField(getTranslation("devices.inspector"));
		inspector.setId("device-inspector");
		TextField label = new TextField(getTranslation("devices.label"));
		label.setId("device-label");
		Button enrol = new Button(getTranslation("devices.enrol"), VaadinIcon.MOBILE.create(), (event) -> {
			try {
				InspectorDevices.EnrolledDevice enrolled = this.devices.enrol(this.currentActor.actor(),
						inspector.getValue().strip(), label.getValue());
				showOnce(enrolled);
				label.clear();
				refresh();
			}
			catch (DomainException ex) {
				Notification.show(ex.text().in(getLocale()), 6000, Notification.Position.MIDDLE)
					.addThemeVariants(NotificationVariant.LUMO_ERROR);
			}
		});
		enrol.setId("device-enrol");
		enrol.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		HorizontalLayout form = new HorizontalLayout(inspector, label, enrol);
		form.setWrap(true);
		form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

		this.grid.setId("device-grid");
		this.grid.addColumn(InspectorDevice::getInspectorUsername).setHeader(getTranslation("devices.inspector"));
		this.grid.addColumn(InspectorDevice::getLabel).setHeader(getTranslation("devices.label"));
		this.grid.addColumn((device) -> DisplayFormats.dateTime(device.getEnrolledAt()))
			.setHeader(getTranslation("devices.enrolledAt"));
		this.grid.addColumn(InspectorDevice::getEnrolledBy).setHeader(getTranslation("devices.enrolledBy"));
		this.grid.addComponentColumn((device) -> {
			if (device.isRevoked()) {
				return new Paragraph(getTranslation("devices.revokedAt", DisplayFormats.dateTime(device.getRevokedAt()),
						device.getRevokedBy()));
			}
			Button revoke = new Button(getTranslation("devices.revoke"), (event) -> {
				this.devices.revoke(this.currentActor.actor(), device.getId());
				refresh();
			});
			revoke.setId("device-revoke-" + device.getId());
			revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
			return revoke;
		}).setHeader(getTranslation("devices.status"));
		this.grid.setWidthFull();

		add(new H2(getTranslation("devices.title")), new Paragraph(getTranslation("devices.intro")), form, this.grid);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		refresh();
	}

	private void showOnce(InspectorDevices.EnrolledDevice enrolled) {
		String content = this.settings.encode(enrolled.device().getInspectorUsername(), enrolled.token());
		String svg = this.settings.qrCodeSvg(content);
		Image qr = new Image(
				"data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8)),
				getTranslation("devices.qrAlt"));
		qr.setId("device-qr");
		qr.setWidth("min(20rem, 80vw)");
		Dialog dialog = new Dialog();
		dialog.setHeaderTitle(getTranslation("devices.shownOnceTitle"));
		dialog.add(new Paragraph(getTranslation("devices.shownOnce", this.settings.serverUrl(),
				enrolled.device().getInspectorUsername())), qr);
		Button close = new Button(getTranslation("action.close"), (event) -> dialog.close());
		close.setId("device-qr-close");
		dialog.getFooter().add(close);
		dialog.setWidth("min(30rem, 95vw)");
		dialog.open();
	}

	private void refresh() {
		this.grid.setItems(this.devices.devices(this.currentActor.actor()));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("devices.title");
	}

}
