package la.anuyat.party.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterListener;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.shared.Registration;
import la.anuyat.identity.CurrentActor;
import la.anuyat.identity.Actor;
import la.anuyat.party.PartyService;

import org.springframework.stereotype.Component;

/**
 * Remembers the language a signed-in applicant uses the pages in, so that their mail is
 * written in it. The language switch reloads the page, so the choice is seen by the page
 * that opens next; once per page load, and written only when it changed.
 */
@Component
class ApplicantLanguageRecorder implements VaadinServiceInitListener {

	private final CurrentActor currentActor;

	private final PartyService parties;

	ApplicantLanguageRecorder(CurrentActor currentActor, PartyService parties) {
		this.currentActor = currentActor;
		this.parties = parties;
	}

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().addUIInitListener((uiEvent) -> recordOnFirstNavigation(uiEvent.getUI()));
	}

	/**
	 * On the first navigation rather than at once: the UI's language is settled by then
	 * (whichever listener sets it ran at initialisation).
	 */
	private void recordOnFirstNavigation(UI ui) {
		Registration[] registration = new Registration[1];
		BeforeEnterListener listener = (enter) -> {
			registration[0].remove();
			this.currentActor.current()
				.filter(Actor::isApplicant)
				.ifPresent((applicant) -> this.parties.recordPreferredLanguage(applicant.username(), ui.getLocale()));
		};
		registration[0] = ui.addBeforeEnterListener(listener);
	}

}
