package la.anuyat.audit.ui;

import java.time.Instant;
import java.time.LocalDate;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import la.anuyat.app.ui.DisplayFormats;
import la.anuyat.app.ui.MainLayout;
import la.anuyat.audit.SecurityEvent;
import la.anuyat.audit.SecurityLog;

/**
 * The security log for administrators: failed logins, locks, logins refused while locked,
 * refused tokens and refused actions, newest first, filtered by kind, user name, client
 * address and dates (Vientiane time).
 */
@Route(value = "admin/security-log", layout = MainLayout.class)
@RolesAllowed("ADMINISTRATOR")
class SecurityLogView extends VerticalLayout implements HasDynamicTitle {

	private static final int ROWS = 500;

	private final SecurityLog securityLog;

	private final ComboBox<SecurityEvent.Kind> kind = new ComboBox<>();

	private final TextField username = new TextField();

	private final TextField address = new TextField();

	private final DatePicker from = new DatePicker();

	private final DatePicker until = new DatePicker();

	private final Grid<SecurityEvent> grid = new Grid<>();

	SecurityLogView(SecurityLog securityLog) {
		this.securityLog = securityLog;
		addClassName("page");
		this.kind.setLabel(getTranslation("securityLog.kind"));
		this.kind.setItems(SecurityEvent.Kind.values());
		this.kind.setItemLabelGenerator((value) -> getTranslation("securityLog.kind." + value.name()));
		this.kind.setClearButtonVisible(true);
		this.kind.setId("security-log-kind");
		this.username.setLabel(getTranslation("securityLog.username"));
		this.username.setId("security-log-username");
		this.address.setLabel(getTranslation("securityLog.address"));
		this.address.setId("security-log-address");
		this.from.setLabel(getTranslation("securityLog.from"));
		this.until.setLabel(getTranslation("securityLog.until"));
		for (TextField field : new TextField[] { this.username, this.address }) {
			field.setValueChangeMode(ValueChangeMode.LAZY);
			field.setClearButtonVisible(true);
			field.addValueChangeListener((event) -> refresh());
		}
		this.kind.addValueChangeListener((event) -> refresh());
		this.from.addValueChangeListener((event) -> refresh());
		this.until.addValueChangeListener((event) -> refresh());
		HorizontalLayout filters = new HorizontalLayout(this.kind, this.username, this.address, this.from, this.until);
		filters.setWrap(true);
		filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

		this.grid.setId("security-log-grid");
		this.grid.addColumn((event) -> DisplayFormats.dateTime(event.getAt()))
			.setHeader(getTranslation("securityLog.at"))
			.setAutoWidth(true);
		this.grid.addColumn((event) -> getTranslation("securityLog.kind." + event.getKind().name()))
			.setHeader(getTranslation("securityLog.kind"))
			.setAutoWidth(true);
		this.grid.addColumn(SecurityEvent::getUsername)
			.setHeader(getTranslation("securityLog.username"))
			.setAutoWidth(true);
		this.grid.addColumn(SecurityEvent::getClientAddress)
			.setHeader(getTranslation("securityLog.address"))
			.setAutoWidth(true);
		this.grid.addColumn(SecurityEvent::getChannel)
			.setHeader(getTranslation("securityLog.channel"))
			.setAutoWidth(true);
		this.grid.addColumn(SecurityEvent::getDetail).setHeader(getTranslation("securityLog.detail")).setFlexGrow(1);
		this.grid.setWidthFull();

		add(new H2(getTranslation("securityLog.title")), new Paragraph(getTranslation("securityLog.intro")), filters,
				this.grid);
		setSizeFull();
		refresh();
	}

	private void refresh() {
		this.grid.setItems(this.securityLog.events(this.kind.getValue(), this.username.getValue(),
				this.address.getValue(), startOf(this.from.getValue()),
				(this.until.getValue() == null) ? null : startOf(this.until.getValue().plusDays(1)), ROWS));
	}

	private static Instant startOf(LocalDate day) {
		return (day == null) ? null : day.atStartOfDay(DisplayFormats.LAOS).toInstant();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("securityLog.title");
	}

}
