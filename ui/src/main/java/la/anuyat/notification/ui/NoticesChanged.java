package la.anuyat.notification.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.UI;

/**
 * Some of the signed-in user's notices were read, fired on their UI: the bell in the
 * header and the notices page show the same notices, and each marks them read, so each
 * tells the other to show them again.
 */
class NoticesChanged extends ComponentEvent<UI> {

	NoticesChanged(UI ui) {
		super(ui, false);
	}

	static void fire(UI ui) {
		com.vaadin.flow.component.ComponentUtil.fireEvent(ui, new NoticesChanged(ui));
	}

}
