package la.anuyat.app.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import la.anuyat.identity.CurrentActor;
import la.anuyat.identity.Actor;
import la.anuyat.identity.Role;

/**
 * The address everyone lands on after logging in: applicants go to their applications,
 * staff to their inbox.
 */
@Route(value = "", layout = MainLayout.class)
@PermitAll
class HomeView extends Div implements BeforeEnterObserver {

	private final CurrentActor currentActor;

	HomeView(CurrentActor currentActor) {
		this.currentActor = currentActor;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		boolean applicant = this.currentActor.current().map(Actor::isApplicant).orElse(false);
		// inspectors have no inbox: their work is the list of inspections assigned to
		// them
		boolean inspector = this.currentActor.current().map((actor) -> actor.role() == Role.INSPECTOR).orElse(false);
		event.forwardTo(applicant ? "my-applications" : inspector ? "inspections/mine" : "inbox");
	}

}
