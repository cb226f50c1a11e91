package la.anuyat.casefile;

import la.anuyat.shared.ConflictException;
import la.anuyat.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ReviewTest {

	@Test
	void recordsTheStudyThenTheDecisionOfAnotherPerson() {
		Review studied = Review.notStarted()
			.study("officer.vte", StudyOutcome.RECOMMEND_APPROVE, "  All documents in order.  ");

		Review decided = studied.decide("leader.vte", Decision.APPROVE, " Meets the requirements ", Fixtures.NOW);

		assertThat(decided.isStudied()).isTrue();
		assertThat(decided.isDecided()).isTrue();
		assertThat(decided.getStudiedBy()).isEqualTo("officer.vte");
		assertThat(decided.getStudyOutcome()).isEqualTo(StudyOutcome.RECOMMEND_APPROVE);
		assertThat(decided.getRecommendation()).isEqualTo("All documents in order.");
		assertThat(decided.getDecidedBy()).isEqualTo("leader.vte");
		assertThat(decided.getDecision()).isEqualTo(Decision.APPROVE);
		assertThat(decided.getDecisionReasons()).isEqualTo("Meets the requirements");
		assertThat(decided.getDecidedAt()).isEqualTo(Fixtures.NOW);
		// a value: the study before the decision is left as it was
		assertThat(studied.isDecided()).isFalse();
		assertThat(studied.getDecidedBy()).isNull();
	}

	@Test
	void refusesADecisionBeforeAnyStudy() {
		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> Review.notStarted().decide("leader.vte", Decision.APPROVE, "Looks fine", Fixtures.NOW))
			.satisfies((ex) -> {
				assertThat(ex.code()).isEqualTo("review.notStudied");
				assertThat(ex.text().lo()).isNotBlank();
				assertThat(ex.text().en()).isNotBlank();
			});
	}

	@Test
	void rejectsDecisionByTheOfficerWhoStudiedTheCase() {
		Review studied = Review.notStarted().study("leader.vte", StudyOutcome.RECOMMEND_REJECT, "No business plan");

		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> studied.decide("LEADER.VTE", Decision.REJECT, "No business plan", Fixtures.NOW))
			.satisfies((ex) -> {
				assertThat(ex.code()).isEqualTo(StudierMayNotDecide.CODE).isEqualTo("case.fourEyes");
				assertThat(ex.text()).isEqualTo(StudierMayNotDecide.REFUSAL);
			});
	}

	@Test
	void requiresReasonsForTheDecision() {
		Review studied = Review.notStarted().study("officer.vte", StudyOutcome.RECOMMEND_APPROVE, "In order");

		for (String blank : new String[] { null, "", "   " }) {
			assertThatExceptionOfType(InvalidInputException.class)
				.isThrownBy(() -> studied.decide("leader.vte", Decision.APPROVE, blank, Fixtures.NOW))
				.satisfies((ex) -> {
					assertThat(ex.code()).isEqualTo("case.textMissing");
					assertThat(ex.fieldErrors()).extracting((error) -> error.field()).containsExactly("reasons");
				});
		}
	}

	@Test
	void requiresTheDecisionItself() {
		Review studied = Review.notStarted().study("officer.vte", StudyOutcome.RECOMMEND_APPROVE, "In order");

		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> studied.decide("leader.vte", null, "Fine", Fixtures.NOW))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("case.decisionMissing"));
	}

	@Test
	void requiresTheOutcomeAndTextOfTheStudy() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> Review.notStarted().study("officer.vte", null, "In order"))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("case.outcomeMissing"));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> Review.notStarted().study("officer.vte", StudyOutcome.RECOMMEND_APPROVE, " "))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("case.textMissing"));
	}

	@Test
	void refusesToStudyOrDecideAgainOnceDecided() {
		Review decided = Review.notStarted()
			.study("officer.vte", StudyOutcome.RECOMMEND_APPROVE, "In order")
			.decide("leader.vte", Decision.APPROVE, "Fine", Fixtures.NOW);

		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> decided.decide("deputy.vte", Decision.REJECT, "Changed my mind", Fixtures.NOW))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("review.alreadyDecided"));
		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> decided.study("officer.vte", StudyOutcome.RECOMMEND_REJECT, "Second thoughts"))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("review.alreadyDecided"));
	}

	@Test
	void keepsWhenTheStudyWasDoneAndTheDelegationTheDeciderActedUnder() {
		Review decided = Review.notStarted()
			.study("officer.vte", StudyOutcome.RECOMMEND_APPROVE, "In order", Fixtures.NOW.minusDays(1))
			.decide("deputy.vte", Decision.APPROVE, "Fine", Fixtures.NOW, "DTC-VTE 045/2026");
		assertThat(decided.getStudiedAt()).isEqualTo(Fixtures.NOW.minusDays(1));
		assertThat(decided.getDecidedUnder()).isEqualTo("DTC-VTE 045/2026");
		assertThat(Review.notStarted()
			.study("officer.vte", StudyOutcome.RECOMMEND_APPROVE, "In order", Fixtures.NOW)
			.decide("leader.vte", Decision.APPROVE, "Fine", Fixtures.NOW)
			.getDecidedUnder()).as("in their own right").isNull();
	}

}
