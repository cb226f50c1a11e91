package la.anuyat.payment.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.ui.CaseSections;
import la.anuyat.identity.Actor;

import org.springframework.core.annotation.Order;

/**
 * The staff case page shows a case's invoice, with the receipt an officer records, first
 * among the families' panels: payment is what an approved case waits for.
 */
@org.springframework.stereotype.Component
@Order(10)
class InvoiceCaseSections implements CaseSections {

	private final InvoicePanels invoicePanels;

	InvoiceCaseSections(InvoicePanels invoicePanels) {
		this.invoicePanels = invoicePanels;
	}

	@Override
	public List<Component> panels(CaseFile caseFile, Actor actor, Runnable refresh) {
		return this.invoicePanels.forCase(actor, caseFile.getCaseNumber(), refresh)
			.<List<Component>>map(List::of)
			.orElse(List.of());
	}

}
