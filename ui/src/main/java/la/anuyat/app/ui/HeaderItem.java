package la.anuyat.app.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import la.anuyat.identity.Actor;

/**
 * Something a feature puts in the header of every page, before the user's name: the case
 * search box, the notices bell. The shell asks each for the signed-in actor, in their
 * {@code @Order}, so it need not know the features that fill it.
 */
public interface HeaderItem {

	/**
	 * A new component for this actor's header (a component belongs to one page), or none.
	 */
	Optional<Component> headerFor(Actor actor);

}
