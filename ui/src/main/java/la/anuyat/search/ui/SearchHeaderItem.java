package la.anuyat.search.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import la.anuyat.app.ui.HeaderItem;
import la.anuyat.identity.Actor;

import org.springframework.core.annotation.Order;

/**
 * The case search box in the header, for the roles that search cases.
 */
@org.springframework.stereotype.Component
@Order(10)
class SearchHeaderItem implements HeaderItem {

	@Override
	public Optional<Component> headerFor(Actor actor) {
		return actor.role().searchesCases() ? Optional.of(new SearchBox()) : Optional.empty();
	}

}
