package la.anuyat.app.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * One labelled fact of a panel (the case header, an invoice, a measure): the label above
 * its value, styled by the {@code facts} grid that holds it.
 */
public class Fact extends Div {

	private final Span value;

	public Fact(String label, String value) {
		addClassName("fact");
		Span labelText = new Span(label);
		labelText.addClassName("fact-label");
		this.value = new Span((value != null) ? value : "");
		this.value.addClassName("fact-value");
		add(labelText, this.value);
	}

	/** Gives the value an id, for the pages' tests to read it by. */
	public Fact withValueId(String id) {
		this.value.setId(id);
		return this;
	}

}
