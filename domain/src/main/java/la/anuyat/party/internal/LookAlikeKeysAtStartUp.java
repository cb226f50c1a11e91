package la.anuyat.party.internal;

import la.anuyat.party.PartyService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives the applicants' accounts signed up before look-alike user names were refused
 * their look-alike key, so that new names are compared with theirs too.
 */
@Component
class LookAlikeKeysAtStartUp {

	private static final Logger log = LoggerFactory.getLogger(LookAlikeKeysAtStartUp.class);

	private final PartyService parties;

	LookAlikeKeysAtStartUp(PartyService parties) {
		this.parties = parties;
	}

	@EventListener(ApplicationReadyEvent.class)
	void fillIn() {
		int filled = this.parties.fillInLookAlikeKeys();
		if (filled > 0) {
			log.info("Look-alike keys given to {} existing applicant accounts", filled);
		}
	}

}
