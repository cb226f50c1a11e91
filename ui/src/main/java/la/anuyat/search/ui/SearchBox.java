package la.anuyat.search.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.QueryParameters;
import la.anuyat.identity.Role;

/**
 * The search box in the header of every officer page: Enter opens the case search with
 * what was typed.
 */
public class SearchBox extends TextField {

	public SearchBox() {
		setId("shell-search");
		addClassName("shell-search");
		setPlaceholder(getTranslation("search.box.placeholder"));
		setAriaLabel(getTranslation("search.box.label"));
		setTooltipText(getTranslation("search.box.help"));
		setPrefixComponent(VaadinIcon.SEARCH.create());
		setClearButtonVisible(true);
		setMaxLength(200);
		// the value must be on the server when Enter arrives
		setValueChangeMode(ValueChangeMode.EAGER);
		addKeyPressListener(Key.ENTER, (event) -> getUI()
			.ifPresent((ui) -> ui.navigate(CaseSearchView.ROUTE, QueryParameters.of("q", getValue()))));
	}

}
