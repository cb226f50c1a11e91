package la.anuyat.access.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import la.anuyat.identity.CurrentActor;
import la.anuyat.access.internal.AccessTokenService;
import la.anuyat.app.ui.DisplayFormats;
import la.anuyat.app.ui.MainLayout;
import la.anuyat.identity.Role;
import la.anuyat.shared.InvalidInputException;

/**
 * Administrators create, list and revoke the access tokens of service accounts. A new
 * token's secret is shown once, in a dialog, and never again.
 */
@Route(value = "admin/access-tokens", layout = MainLayout.class)
@RolesAllowed("ADMINISTRATOR")
class AccessTokensView extends VerticalLayout implements HasDynamicTitle {

	private final AccessTokenService tokens;

	private final CurrentActor currentActor;

	private final Grid<AccessTokenService.Description> grid = new Grid<>();

	AccessTokensView(AccessTokenService tokens, CurrentActor currentActor) {
		this.tokens = tokens;
		this.currentActor = currentActor;
		addClassName("page");

		TextField name = new TextField(getTranslation("accessTokens.name"));
		name.setId("access-token-name");
		TextField username = new TextField(getTranslation("accessTokens.username"));
		username.setId("access-token-username");
		MultiSelectComboBox<Role> roles = new MultiSelectComboBox<>(getTranslation("accessTokens.roles"));
		roles.setItems(Role.values());
		roles.setHelperText(getTranslation("accessTokens.rolesHelp"));
		roles.setId("access-token-roles");
		IntegerField days = new IntegerField(getTranslation("accessTokens.expiresInDays"));
		days.setValue(30);
		days.setMin(1);
		days.setId("access-token-days");
		Button create = new Button(getTranslation("accessTokens.create"), VaadinIcon.KEY.create(), (event) -> {
			try {
				AccessTokenService.IssuedToken issued = this.tokens.create(this.currentActor.actor(), name.getValue(),
						username.getValue().strip(), new ArrayList<>(roles.getValue()), days.getValue());
				showOnce(issued);
				name.clear();
				refresh();
			}
			catch (InvalidInputException ex) {
				String problems = ex.fieldErrors()
					.stream()
					.map((error) -> error.message().in(getLocale()))
					.reduce((a, b) -> a + " · " + b)
					.orElse(ex.text().in(getLocale()));
				Notification.show(problems, 6000, Notification.Position.MIDDLE)
					.addThemeVariants(NotificationVariant.LUMO_ERROR);
			}
		});
		create.setId("access-token-create");
		create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		HorizontalLayout form = new HorizontalLayout(name, username, roles, days, create);
		form.setWrap(true);
		form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

		this.grid.setId("access-token-grid");
		this.grid.addColumn(AccessTokenService.Description::name).setHeader(getTranslation("accessTokens.name"));
		this.grid.addColumn(AccessTokenService.Description::username)
			.setHeader(getTranslation("accessTokens.username"));
		this.grid.addColumn((token) -> token.roles().toString()).setHeader(getTranslation("accessTokens.roles"));
		this.grid.addColumn(AccessTokenService.Description::authorityCode)
			.setHeader(getTranslation("accessTokens.authority"));
		this.grid.addColumn((token) -> DisplayFormats.dateTime(token.expiresAt()))
			.setHeader(getTranslation("accessTokens.expiresAt"));
		this.grid.addColumn((token) -> (token.lastUsedAt() == null) ? "" : DisplayFormats.dateTime(token.lastUsedAt()))
			.setHeader(getTranslation("accessTokens.lastUsedAt"));
		this.grid.addComponentColumn((token) -> {
			if (token.revokedAt() != null) {
				return new Paragraph(getTranslation("accessTokens.revokedAt",
						DisplayFormats.dateTime(token.revokedAt()), token.revokedBy()));
			}
			Button revoke = new Button(getTranslation("accessTokens.revoke"), (event) -> {
				this.tokens.revoke(this.currentActor.actor(), token.id());
				refresh();
			});
			revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
			return revoke;
		}).setHeader(getTranslation("accessTokens.status"));
		this.grid.setWidthFull();

		add(new H2(getTranslation("accessTokens.title")), new Paragraph(getTranslation("accessTokens.intro")), form,
				this.grid);
		refresh();
	}

	private void showOnce(AccessTokenService.IssuedToken issued) {
		Dialog dialog = new Dialog();
		dialog.setHeaderTitle(getTranslation("accessTokens.shownOnceTitle"));
		TextArea secret = new TextArea();
		secret.setValue(issued.secret());
		secret.setReadOnly(true);
		secret.setWidthFull();
		secret.setId("access-token-secret");
		dialog.add(new Paragraph(getTranslation("accessTokens.shownOnce")), secret);
		Button close = new Button(getTranslation("action.close"), (event) -> dialog.close());
		close.setId("access-token-secret-close");
		dialog.getFooter().add(close);
		dialog.setWidth("min(40rem, 95vw)");
		dialog.open();
	}

	private void refresh() {
		List<AccessTokenService.Description> all = this.tokens.list(this.currentActor.actor());
		this.grid.setItems(all);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("accessTokens.title");
	}

}
