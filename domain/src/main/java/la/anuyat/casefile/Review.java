package la.anuyat.casefile;

import java.time.LocalDateTime;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import la.anuyat.shared.ConflictException;
import la.anuyat.shared.InvalidInputException;
import la.anuyat.shared.LocalizedText;

/**
 * Review-and-decide, the same for every case family: an officer studies the case and
 * recommends, then someone else of the leadership decides, with reasons
 * ({@link StudierMayNotDecide}). A licence application holds one today; a complaint, a
 * suspension or a sanction holds its own and maps it onto its own columns.
 * <p>
 * The value never changes: {@link #study} and {@link #decide} return the next value, or
 * refuse, and the holder keeps what they return. Who may study or decide at all
 * (leadership only, jurisdiction) and when the holder's status allows it are the holder's
 * and its service's to check.
 */
@Embeddable
public class Review {

	@Column(name = "studied_by")
	private String studiedBy;

	@Enumerated(EnumType.STRING)
	@Column(name = "study_outcome")
	private StudyOutcome studyOutcome;

	@Column(name = "recommendation")
	private String recommendation;

	@Column(name = "studied_at")
	private LocalDateTime studiedAt;

	@Column(name = "decided_by")
	private String decidedBy;

	@Enumerated(EnumType.STRING)
	@Column(name = "decision")
	private Decision decision;

	@Column(name = "decision_reasons")
	private String decisionReasons;

	@Column(name = "decided_at")
	private LocalDateTime decidedAt;

	/** The reference of the written delegation under which the decider acted, if any. */
	@Column(name = "decided_under")
	private String decidedUnder;

	protected Review() {
		// for JPA, and the review of a case nobody has studied yet
	}

	private Review(String studiedBy, StudyOutcome studyOutcome, String recommendation, LocalDateTime studiedAt,
			String decidedBy, Decision decision, String decisionReasons, LocalDateTime decidedAt, String decidedUnder) {
		this.studiedBy = studiedBy;
		this.studyOutcome = studyOutcome;
		this.recommendation = recommendation;
		this.studiedAt = studiedAt;
		this.decidedBy = decidedBy;
		this.decision = decision;
		this.decisionReasons = decisionReasons;
		this.decidedAt = decidedAt;
		this.decidedUnder = decidedUnder;
	}

	/**
	 * The review of a case that nobody has studied yet.
	 */
	public static Review notStarted() {
		return new Review();
	}

	/**
	 * The study recorded: who studied, what they recommend and why. A study may be
	 * recorded again (it replaces the earlier one) until the case is decided.
	 * @throws ConflictException when the case is already decided
	 * @throws InvalidInputException when the outcome or the recommendation text is
	 * missing
	 */
	public Review study(String studier, StudyOutcome outcome, String recommendation) {
		return study(studier, outcome, recommendation, null);
	}

	/**
	 * The study recorded, as {@link #study(String, StudyOutcome, String)}, at the given
	 * time.
	 */
	public Review study(String studier, StudyOutcome outcome, String recommendation, LocalDateTime at) {
		requireUndecided();
		Objects.requireNonNull(studier, "studier");
		if (outcome == null) {
			throw new InvalidInputException("case.outcomeMissing",
					LocalizedText.of("ກະລຸນາເລືອກຜົນການພິຈາລະນາ", "Choose the outcome of the study"));
		}
		String text = RequiredText.require("recommendation", recommendation);
		return new Review(studier, outcome, text, at, null, null, null, null, null);
	}

	/**
	 * The decision recorded on a completed study.
	 * @throws ConflictException when nobody has studied the case, when it is already
	 * decided, or with code {@value StudierMayNotDecide#CODE} when the decider studied it
	 * @throws InvalidInputException when the decision or its reasons are missing
	 */
	public Review decide(String decider, Decision decision, String reasons, LocalDateTime at) {
		return decide(decider, decision, reasons, at, null);
	}

	/**
	 * The decision recorded, as {@link #decide(String, Decision, String, LocalDateTime)},
	 * by a decider acting under the written delegation of this reference ({@code null}
	 * when acting in their own right).
	 */
	public Review decide(String decider, Decision decision, String reasons, LocalDateTime at, String delegation) {
		if (!isStudied()) {
			throw new ConflictException("review.notStudied",
					LocalizedText.of("ຍັງບໍ່ມີຜູ້ພິຈາລະນາຄຳຮ້ອງນີ້ ຈຶ່ງຍັງຕັດສິນບໍ່ໄດ້",
							"Nobody has studied this case yet, so it cannot be decided"));
		}
		requireUndecided();
		Objects.requireNonNull(decider, "decider");
		Objects.requireNonNull(at, "at");
		new StudierMayNotDecide().check(this, decider);
		if (decision == null) {
			throw new InvalidInputException("case.decisionMissing",
					LocalizedText.of("ກະລຸນາເລືອກຜົນການຕັດສິນ", "Choose the decision"));
		}
		String text = RequiredText.require("reasons", reasons);
		return new Review(this.studiedBy, this.studyOutcome, this.recommendation, this.studiedAt, decider, decision,
				text, at, delegation);
	}

	private void requireUndecided() {
		if (isDecided()) {
			throw new ConflictException("review.alreadyDecided",
					LocalizedText.of("ຄຳຮ້ອງນີ້ຖືກຕັດສິນແລ້ວ", "This case is already decided"));
		}
	}

	public boolean isStudied() {
		return this.studiedBy != null;
	}

	public boolean isDecided() {
		return this.decision != null;
	}

	/**
	 * Who studied the case, null before the study.
	 */
	public String getStudiedBy() {
		return this.studiedBy;
	}

	public StudyOutcome getStudyOutcome() {
		return this.studyOutcome;
	}

	/**
	 * The studier's written recommendation.
	 */
	public String getRecommendation() {
		return this.recommendation;
	}

	/**
	 * Who decided the case, null before the decision.
	 */
	public String getDecidedBy() {
		return this.decidedBy;
	}

	public Decision getDecision() {
		return this.decision;
	}

	public String getDecisionReasons() {
		return this.decisionReasons;
	}

	public LocalDateTime getDecidedAt() {
		return this.decidedAt;
	}

	/**
	 * When the study was completed; null before it (and for studies from before this was
	 * kept).
	 */
	public LocalDateTime getStudiedAt() {
		return this.studiedAt;
	}

	/** The written delegation the decider acted under, or null. */
	public String getDecidedUnder() {
		return this.decidedUnder;
	}

	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		if (!(other instanceof Review that)) {
			return false;
		}
		return Objects.equals(this.studiedBy, that.studiedBy) && this.studyOutcome == that.studyOutcome
				&& Objects.equals(this.recommendation, that.recommendation)
				&& Objects.equals(this.decidedBy, that.decidedBy) && this.decision == that.decision
				&& Objects.equals(this.decisionReasons, that.decisionReasons)
				&& Objects.equals(this.decidedAt, that.decidedAt) && Objects.equals(this.studiedAt, that.studiedAt)
				&& Objects.equals(this.decidedUnder, that.decidedUnder);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.studiedBy, this.studyOutcome, this.recommendation, this.decidedBy, this.decision,
				this.decisionReasons, this.decidedAt, this.studiedAt, this.decidedUnder);
	}

}
