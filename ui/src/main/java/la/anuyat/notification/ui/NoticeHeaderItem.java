package la.anuyat.notification.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import la.anuyat.app.ui.HeaderItem;
import la.anuyat.identity.Actor;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;

/**
 * The notices bell in the header: every signed-in user has notices, applicants about
 * their applications, staff about the cases that need them.
 */
@org.springframework.stereotype.Component
@Order(20)
class NoticeHeaderItem implements HeaderItem {

	private final ObjectProvider<NoticeBell> bells;

	NoticeHeaderItem(ObjectProvider<NoticeBell> bells) {
		this.bells = bells;
	}

	@Override
	public Optional<Component> headerFor(Actor actor) {
		return Optional.of(this.bells.getObject());
	}

}
