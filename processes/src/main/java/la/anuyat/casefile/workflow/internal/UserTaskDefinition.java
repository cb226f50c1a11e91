package la.anuyat.casefile.workflow.internal;

import java.util.List;
import java.util.Set;

import la.anuyat.shared.FieldError;
import la.anuyat.shared.InvalidInputException;
import la.anuyat.shared.LocalizedText;

/**
 * What a user task of a model declares about itself in its extension properties, so that
 * the model, the inbox and the API agree on one source:
 *
 * <pre>
 * &lt;camunda:property name="label.lo" value="ກວດຄວາມຄົບຖ້ວນຂອງຄຳຮ້ອງ" /&gt;
 * &lt;camunda:property name="label.en" value="Check completeness" /&gt;
 * &lt;camunda:property name="outcomes" value="complete,request-info" /&gt;
 * &lt;camunda:property name="commentRequired" value="request-info" /&gt;
 * &lt;camunda:property name="review" value="decision" /&gt;
 * </pre>
 *
 * {@code review} marks the two steps of review-and-decide ({@code study} and
 * {@code decision}): the four-eyes rule keeps whoever completed the study from the
 * decision of the same review.
 *
 * @param key the task definition key
 * @param label the task's name in Lao and English
 * @param outcomes the outcomes a completion may name, in the order they are offered
 * @param commentRequired the outcomes that need a comment (a question, reasons…)
 * @param review {@code study}, {@code decision} or {@code null}
 */
record UserTaskDefinition(String key, LocalizedText label, List<String> outcomes, Set<String> commentRequired,
		String review) {

	static final String STUDY = "study";

	static final String DECISION = "decision";

	boolean isDecision() {
		return DECISION.equals(this.review);
	}

	boolean isStudy() {
		return STUDY.equals(this.review);
	}

	/**
	 * Refuses an outcome the task does not declare, or a missing comment where the
	 * outcome needs one.
	 */
	void requireValid(String outcome, String comment) {
		if (!this.outcomes.contains(outcome)) {
			String allowed = String.join(", ", this.outcomes);
			LocalizedText text = LocalizedText.of(
					"ຜົນ \"" + outcome + "\" ບໍ່ໃຊ້ໄດ້ກັບໜ້າວຽກ " + this.label.lo() + ". ເລືອກໄດ້: " + allowed,
					"\"" + outcome + "\" is not an outcome of the task " + this.label.en() + ". Allowed: " + allowed);
			throw new InvalidInputException("task.invalidOutcome", text, List.of(new FieldError("outcome", text)));
		}
		if (this.commentRequired.contains(outcome) && (comment == null || comment.isBlank())) {
			LocalizedText text = LocalizedText.of("ກະລຸນາຂຽນຄຳເຫັນ, ຄຳຖາມ, ຄຳຕອບ ຫຼື ເຫດຜົນ",
					"Write the question, answer, recommendation or reasons");
			throw new InvalidInputException("task.commentRequired", text, List.of(new FieldError("comment", text)));
		}
	}

}
