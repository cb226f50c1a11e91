package la.anuyat.app.ui;

import java.util.Optional;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import la.anuyat.identity.CurrentActor;
import la.anuyat.identity.Actor;
import la.anuyat.identity.Role;

import org.springframework.beans.factory.ObjectProvider;

/**
 * The frame around every logged-in view: the application's name, what the features put in
 * the header ({@link HeaderItem}: the case search, the notices bell), who is logged in,
 * the language switch, and a menu that shows each role only what it works with. On a
 * phone the header keeps to one line (name and role move into the menu, the logout button
 * shows its icon) so that logging out stays in reach.
 * <p>
 * Each view is the page's main landmark, and its title heading is the page's one
 * level-one heading.
 */
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

	public MainLayout(CurrentActor currentActor, AuthenticationContext authentication,
			ObjectProvider<HeaderItem> headerItems) {
		Optional<Actor> actor = currentActor.current();
		setPrimarySection(Section.DRAWER);
		DrawerToggle toggle = new DrawerToggle();
		toggle.setId("shell-menu");
		toggle.setAriaLabel(getTranslation("shell.menu"));
		addToNavbar(toggle, header(currentActor, actor, authentication, headerItems));
		addToDrawer(brand(), drawerUser(currentActor, actor), navigation(actor.map(Actor::role).orElse(null)));
	}

	@Override
	public void afterNavigation(AfterNavigationEvent event) {
		Component content = getContent();
		if (content == null) {
			return;
		}
		content.getElement().setAttribute("role", "main");
		// A view titles itself with an H1; one that still titles itself with an H2
		// (its first heading) gets that heading announced as the page's level-one
		// heading, so that every page has exactly one.
		if (descendants(content).noneMatch(H1.class::isInstance)) {
			descendants(content).filter(H2.class::isInstance)
				.findFirst()
				.ifPresent(
						(title) -> title.getElement().setAttribute("role", "heading").setAttribute("aria-level", "1"));
		}
	}

	private static Stream<Component> descendants(Component component) {
		return component.getChildren().flatMap((child) -> Stream.concat(Stream.of(child), descendants(child)));
	}

	private Span drawerUser(CurrentActor currentActor, Optional<Actor> actor) {
		Span user = new Span(userText(currentActor, actor));
		user.setId("shell-drawer-user");
		user.addClassName("shell-drawer-user");
		return user;
	}

	private String userText(CurrentActor currentActor, Optional<Actor> actor) {
		return actor
			.map((a) -> currentActor.displayName(getLocale()).orElse(a.username()) + " · "
					+ getTranslation("role." + a.role().name()))
			.orElse("");
	}

	private HorizontalLayout header(CurrentActor currentActor, Optional<Actor> actor,
			AuthenticationContext authentication, ObjectProvider<HeaderItem> headerItems) {
		Span title = new Span(getTranslation("shell.title"));
		title.addClassName("shell-title");
		Span user = new Span(userText(currentActor, actor));
		user.setId("shell-user");
		user.addClassName("shell-user");
		Button logout = new Button(getTranslation("shell.logout"), VaadinIcon.SIGN_OUT.create(),
				(event) -> authentication.logout());
		logout.setId("logout");
		logout.addClassName("shell-logout");
		logout.setAriaLabel(getTranslation("shell.logout"));
		logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		HorizontalLayout header = new HorizontalLayout(title);
		title.setTitle(getTranslation("shell.title"));
		actor.ifPresent((signedIn) -> headerItems.orderedStream()
			.forEach((item) -> item.headerFor(signedIn).ifPresent(header::add)));
		header.add(user, new LanguageSwitch(), logout);
		header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
		header.expand(title);
		header.setWidthFull();
		header.addClassName("shell-header");
		return header;
	}

	private Div brand() {
		Div brand = new Div();
		brand.addClassName("shell-brand");
		Span lao = new Span("ອະນຸຍາດ");
		lao.addClassName("shell-brand-lo");
		Span latin = new Span("Anuyat");
		latin.addClassName("shell-brand-en");
		brand.add(lao, latin);
		return brand;
	}

	private SideNav navigation(Role role) {
		SideNav nav = new SideNav();
		nav.setId("nav");
		if (role == Role.APPLICANT) {
			nav.addItem(item("nav-my-applications", "nav.myApplications", "my-applications", VaadinIcon.FOLDER_OPEN));
			nav.addItem(item("nav-new-application", "nav.newApplication", "new-application", VaadinIcon.PLUS));
			nav.addItem(item("nav-my-company", "nav.myCompany", "companies/mine", VaadinIcon.BUILDING));
		}
		else if (role != null && role != Role.INSPECTOR) {
			nav.addItem(item("nav-inbox", "nav.inbox", "inbox", VaadinIcon.INBOX));
		}
		if (role != null) {
			nav.addItem(item("nav-notices", "nav.notices", "notices", VaadinIcon.BELL));
		}
		if (role != null && role.searchesCases()) {
			nav.addItem(item("nav-search", "nav.search", "search", VaadinIcon.SEARCH));
		}
		if (role != null && role != Role.APPLICANT) {
			nav.addItem(item("nav-statistics", "nav.statistics", "statistics", VaadinIcon.BAR_CHART));
			nav.addItem(item("nav-spectrum-map", "nav.spectrumMap", "spectrum/map", VaadinIcon.MAP_MARKER));
		}
		if (role == Role.LEADERSHIP || role == Role.SECTION_OFFICER || role == Role.MINISTRY_OFFICER
				|| role == Role.ADMINISTRATOR) {
			nav.addItem(item("nav-inspection-plan", "nav.inspectionPlan", "inspections/plan", VaadinIcon.CALENDAR));
			nav.addItem(item("nav-inspection-coverage", "nav.inspectionCoverage", "inspections/coverage",
					VaadinIcon.TABLE));
		}
		if (role == Role.INSPECTOR || role == Role.SECTION_OFFICER || role == Role.MINISTRY_OFFICER
				|| role == Role.LEADERSHIP) {
			nav.addItem(
					item("nav-my-inspections", "nav.myInspections", "inspections/mine", VaadinIcon.CLIPBOARD_CHECK));
		}
		if (role == Role.LEADERSHIP || role == Role.ADMINISTRATOR) {
			nav.addItem(item("nav-delegations", "nav.delegations", "delegations", VaadinIcon.HANDSHAKE));
		}
		if (role == Role.ADMINISTRATOR) {
			nav.addItem(item("nav-outbox", "nav.outbox", "admin/outbox", VaadinIcon.ENVELOPES));
			nav.addItem(item("nav-audit", "nav.audit", "admin/audit", VaadinIcon.LINK));
			nav.addItem(item("nav-search-index", "nav.searchIndex", "admin/search-index", VaadinIcon.DATABASE));
			nav.addItem(item("nav-security-log", "nav.securityLog", "admin/security-log", VaadinIcon.SHIELD));
			nav.addItem(item("nav-access-tokens", "nav.accessTokens", "admin/access-tokens", VaadinIcon.KEY));
			nav.addItem(item("nav-devices", "nav.devices", "admin/devices", VaadinIcon.MOBILE));
			nav.addItem(item("nav-catalogue", "nav.catalogue", "admin/catalogue", VaadinIcon.BOOK));
			nav.addItem(item("nav-spectrum-allocations", "nav.spectrumAllocations", "admin/spectrum/allocations",
					VaadinIcon.SIGNAL));
			SideNavItem cockpit = item("nav-cockpit", "nav.cockpit", "camunda/app/cockpit/", VaadinIcon.COG);
			cockpit.setOpenInNewBrowserTab(true);
			nav.addItem(cockpit);
		}
		return nav;
	}

	private SideNavItem item(String id, String key, String path, VaadinIcon icon) {
		SideNavItem item = new SideNavItem(getTranslation(key), path, icon.create());
		item.setId(id);
		return item;
	}

}
