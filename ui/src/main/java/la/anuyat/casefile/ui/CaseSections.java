package la.anuyat.casefile.ui;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import la.anuyat.casefile.CaseFile;
import la.anuyat.identity.Actor;

/**
 * What a case family shows of a case beyond what every case has: facts in the staff case
 * page's header and properties in the case API's answer (the licence an application
 * issued), panels under the progress (an invoice, the licence, a measure), the answers of
 * the case's form, the names of its document types, and how a decision is confirmed. Each
 * family registers one (in {@code @Order}); the case page asks them all, so it knows no
 * family.
 */
public interface CaseSections {

	/**
	 * Facts for the case page's header, translation key of the label to the value, none
	 * when the case is not of this family.
	 */
	default Map<String, String> facts(CaseFile caseFile) {
		return Map.of();
	}

	/**
	 * Properties the family adds to the case API's answer (name to value, values that
	 * serialise to JSON), none when the case is not of this family.
	 */
	default Map<String, Object> apiProperties(CaseFile caseFile) {
		return Map.of();
	}

	/**
	 * Panels for this case, none when it is not of this family.
	 * @param refresh shows the case afresh, after an action taken in a panel
	 */
	default List<Component> panels(CaseFile caseFile, Actor actor, Runnable refresh) {
		return List.of();
	}

	/**
	 * The answers of the case's form, label to readable value, in the form's order; empty
	 * when this family does not know the case's form.
	 */
	default Optional<Map<String, String>> answers(CaseFile caseFile) {
		return Optional.empty();
	}

	/** The names of the case's document types by type, for its documents tab. */
	default Map<String, String> documentTypes(CaseFile caseFile) {
		return Map.of();
	}

	/**
	 * The translation key of the text that asks the decider to confirm (with the case
	 * number as its argument); empty for the general one.
	 */
	default Optional<String> decisionConfirmation(CaseFile caseFile, String outcome) {
		return Optional.empty();
	}

}
