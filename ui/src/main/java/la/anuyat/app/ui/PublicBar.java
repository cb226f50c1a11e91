package la.anuyat.app.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * The bar on top of the pages the public uses without signing in (the registers, the
 * complaint pages): the name, the language switch, then the page's own links.
 */
public class PublicBar extends Div {

	public PublicBar(Component... links) {
		addClassName("register-bar");
		Span brand = new Span("ອະນຸຍາດ · Anuyat");
		brand.addClassName("register-brand");
		add(brand, new LanguageSwitch());
		add(links);
	}

}
