package la.anuyat.casefile;

import la.anuyat.shared.ConflictException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class StudierMayNotDecideTest {

	@Test
	void rejectsDecisionByTheLeaderWhoStudiedTheCase() {
		CaseFile caseFile = Fixtures.caseStudiedBy(Fixtures.leader());

		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> caseFile.recordDecision(Fixtures.leader(), Decision.APPROVE, "Fine", Fixtures.NOW))
			.satisfies((ex) -> {
				assertThat(ex.code()).isEqualTo("case.fourEyes");
				assertThat(ex.text().en()).startsWith("You studied this case, so you may not decide it");
				assertThat(ex.text().lo()).isNotBlank();
			});
		assertThat(caseFile.getStatus()).isEqualTo(CaseStatus.AWAITING_DECISION);
	}

	@Test
	void letsAnotherLeaderDecideACaseStudiedByALeader() {
		CaseFile caseFile = Fixtures.caseStudiedBy(Fixtures.leader());

		caseFile.recordDecision(Fixtures.deputy(), Decision.APPROVE, "Meets the requirements", Fixtures.NOW);

		assertThat(caseFile.getStatus()).isEqualTo(CaseStatus.APPROVED);
		assertThat(caseFile.getDecidedBy()).isEqualTo("deputy.vte");
		assertThat(caseFile.getClosedAt()).isEqualTo(Fixtures.NOW);
	}

	@Test
	void allowsOnlySomeoneOtherThanTheStudier() {
		StudierMayNotDecide rule = new StudierMayNotDecide();
		Review review = Fixtures.caseStudiedBy(Fixtures.officer()).getReview();

		assertThat(rule.allows(review, "officer.vte")).isFalse();
		assertThat(rule.allows(review, "OFFICER.VTE")).isFalse();
		assertThat(rule.allows(review, "leader.vte")).isTrue();
		assertThat(rule.allows(Review.notStarted(), "officer.vte")).isTrue();
	}

}
