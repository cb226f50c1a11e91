package la.anuyat.app.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;

/**
 * Application-wide page settings. Server push lets a background job (the search index
 * rebuild) show its progress on the page as it goes, without the browser polling.
 */
@Push
public class AppShell implements AppShellConfigurator {

}
