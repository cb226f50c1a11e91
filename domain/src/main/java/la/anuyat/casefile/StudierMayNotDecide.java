package la.anuyat.casefile;

import la.anuyat.shared.ConflictException;
import la.anuyat.shared.LocalizedText;

/**
 * The four-eyes rule: a section officer studies, department leadership decides, and these
 * are two people. Whoever studied a case (leadership members may study too) may not also
 * decide it. The rule reads the {@link Review}, so every family that reviews and decides
 * (licence applications today, complaints and sanctions later) applies the same rule.
 */
public final class StudierMayNotDecide {

	public static final String CODE = "case.fourEyes";

	public static final LocalizedText REFUSAL = LocalizedText.of(
			"ທ່ານໄດ້ພິຈາລະນາຄຳຮ້ອງນີ້ແລ້ວ ຈຶ່ງບໍ່ສາມາດຕັດສິນຄຳຮ້ອງນີ້ໄດ້: ຕ້ອງໃຫ້ຄະນະພະແນກຄົນອື່ນເປັນຜູ້ຕັດສິນ (ຫຼັກການສີ່ຕາ).",
			"You studied this case, so you may not decide it: another member of the leadership must decide (four-eyes rule).");

	/**
	 * Whether the given user may take the decision of the review.
	 */
	public boolean allows(Review review, String decider) {
		String studier = review.getStudiedBy();
		return studier == null || !studier.equalsIgnoreCase(decider);
	}

	/**
	 * @throws ConflictException with code {@value #CODE} when the decider studied the
	 * case
	 */
	public void check(Review review, String decider) {
		if (!allows(review, decider)) {
			throw new ConflictException(CODE, REFUSAL);
		}
	}

}
