package la.anuyat.complaint;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import la.anuyat.casefile.CaseId;
import la.anuyat.shared.ConflictException;
import la.anuyat.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ComplaintTest {

	private static final LocalDateTime FILED = LocalDateTime.of(2026, 3, 10, 10, 0);

	@Test
	void mayBeRatedOnceAndReopenedOnlyWithinTheWindowAfterTheDecision() {
		Complaint complaint = decided(FILED.plusDays(20));
		complaint.rate(4, "quick", FILED.plusDays(5));
		assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> complaint.rate(5, null, FILED.plusDays(6)));
		complaint.reopen(FILED.plusDays(7));
		assertThat(complaint.getStage()).isEqualTo(ComplaintStage.IN_ASSESSMENT);
		assertThat(complaint.getTimesReopened()).isEqualTo(1);
		assertThat(complaint.getRating()).isNull();
	}

	@Test
	void refusesRatingAndReopeningOnceTheWindowClosed() {
		Complaint complaint = decided(FILED.plusDays(20));
		assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> complaint.reopen(FILED.plusDays(20)));
		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> complaint.rate(3, null, FILED.plusDays(21)));
	}

	@Test
	void refusesARatingOutsideOneToFive() {
		Complaint complaint = decided(FILED.plusDays(20));
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> complaint.rate(6, null, FILED));
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> complaint.rate(0, null, FILED));
	}

	@Test
	void asksNoOperatorToRespondWhenNoneIsNamed() {
		Complaint complaint = new Complaint(new CaseId(1), "AAAA-BBBB-CCCC", intake(null), FILED);
		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> complaint.awaitResponse(FILED.plusDays(10), FILED));
	}

	@Test
	void takesNoResponseWhenNoneIsAwaited() {
		Complaint complaint = new Complaint(new CaseId(1), "AAAA-BBBB-CCCC", intake(7L), FILED);
		assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> complaint.respond("fixed", FILED));
		complaint.awaitResponse(FILED.plusDays(10), FILED);
		complaint.respond("fixed", FILED.plusDays(1));
		assertThat(complaint.getStage()).isEqualTo(ComplaintStage.IN_ASSESSMENT);
	}

	private static Complaint decided(LocalDateTime windowCloses) {
		Complaint complaint = new Complaint(new CaseId(1), "AAAA-BBBB-CCCC", intake(7L), FILED);
		complaint.awaitResponse(FILED.plusDays(10), FILED);
		complaint.respond("We refunded it", FILED.plusDays(1));
		complaint.assess("Charged twice", "Refund", FILED.plusDays(2));
		complaint.decide(true, "Proven", windowCloses, FILED.plusDays(3));
		return complaint;
	}

	private static ComplaintIntake intake(Long operator) {
		return new ComplaintIntake("CMP-BILLING", operator, "VTE", null, null, null, null, "Charged twice", "Noy",
				"noy@example.la", null, false, Locale.ENGLISH, ComplaintChannel.WEB, List.of());
	}

}
