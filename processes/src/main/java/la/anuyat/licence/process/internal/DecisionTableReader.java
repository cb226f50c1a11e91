package la.anuyat.licence.process.internal;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import la.anuyat.licence.process.CatalogueOverview.DecisionRule;
import la.anuyat.licence.process.CatalogueOverview.DecisionTable;
import la.anuyat.shared.LocalizedText;

import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.Description;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.dmn.instance.Text;

/**
 * Reads a decision table out of a DMN model as the catalogue page shows it: the column
 * labels, each rule's entries and its description. The models write their descriptions
 * "ລາວ / English"; the two halves become the text's two languages.
 */
final class DecisionTableReader {

	private static final Pattern LAO_SCRIPT = Pattern.compile("[\\u0E80-\\u0EFF]");

	private static final String SEPARATOR = " / ";

	private DecisionTableReader() {
	}

	/**
	 * The decision table of the decision with the given id, empty when the model holds no
	 * such decision or the decision is no table (e.g. a literal expression).
	 */
	static Optional<DecisionTable> read(DmnModelInstance model, String decisionKey, String definitionId, int version,
			String resource) {
		if (!(model.getModelElementById(decisionKey) instanceof Decision decision)
				|| !(decision.getExpression() instanceof org.camunda.bpm.model.dmn.instance.DecisionTable table)) {
			return Optional.empty();
		}
		List<String> inputs = table.getInputs().stream().map(DecisionTableReader::label).toList();
		List<String> outputs = table.getOutputs().stream().map(DecisionTableReader::label).toList();
		List<DecisionRule> rules = table.getRules().stream().map(DecisionTableReader::rule).toList();
		String name = (decision.getName() != null) ? decision.getName() : decisionKey;
		String hitPolicy = (table.getHitPolicy() != null) ? table.getHitPolicy().name() : "UNIQUE";
		return Optional.of(new DecisionTable(decisionKey, name, definitionId, version, resource, hitPolicy,
				bilingual(text(decision.getDescription())), inputs, outputs, rules));
	}

	/**
	 * A text written "ລາວ / English": split at the separator after which no Lao follows,
	 * so that a slash inside either half stays where it is. A text in one language only
	 * stands for both.
	 */
	static LocalizedText bilingual(String text) {
		String whole = (text != null) ? text.strip() : "";
		int at = whole.indexOf(SEPARATOR);
		while (at >= 0) {
			String lao = whole.substring(0, at).strip();
			String english = whole.substring(at + SEPARATOR.length()).strip();
			if (LAO_SCRIPT.matcher(lao).find() && !LAO_SCRIPT.matcher(english).find()) {
				return LocalizedText.of(lao, english);
			}
			at = whole.indexOf(SEPARATOR, at + 1);
		}
		return LocalizedText.of(whole, whole);
	}

	private static DecisionRule rule(Rule rule) {
		return new DecisionRule(rule.getId(),
				rule.getInputEntries().stream().map(InputEntry::getText).map(DecisionTableReader::text).toList(),
				rule.getOutputEntries().stream().map(OutputEntry::getText).map(DecisionTableReader::text).toList(),
				bilingual(text(rule.getDescription())));
	}

	/** The column's label; an unlabelled input shows its expression. */
	private static String label(Input input) {
		if (input.getLabel() != null && !input.getLabel().isBlank()) {
			return input.getLabel();
		}
		return (input.getInputExpression() != null) ? text(input.getInputExpression().getText()) : input.getId();
	}

	/** The column's label; an unlabelled output shows its variable's name. */
	private static String label(Output output) {
		if (output.getLabel() != null && !output.getLabel().isBlank()) {
			return output.getLabel();
		}
		return (output.getName() != null) ? output.getName() : output.getId();
	}

	private static String text(Text text) {
		return (text != null && text.getTextContent() != null) ? text.getTextContent().strip() : "";
	}

	private static String text(Description description) {
		return (description != null && description.getTextContent() != null) ? description.getTextContent().strip()
				: "";
	}

}
