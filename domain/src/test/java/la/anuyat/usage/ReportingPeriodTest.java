package la.anuyat.usage;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportingPeriodTest {

	private static final LocalDate ISSUED = LocalDate.of(2027, 1, 11);

	private static final LocalDate LAST_DAY = LocalDate.of(2028, 1, 10);

	@Test
	void aQuarterStartsOnItsFirstDayAndEndsTheDayBeforeThreeMonthsLater() {
		assertThat(ReportingPeriod.startingOn(ISSUED, 3, LAST_DAY))
			.contains(new ReportingPeriod(ISSUED, LocalDate.of(2027, 4, 10)));
	}

	@Test
	void theLastPeriodIsCutAtTheLicencesLastValidDay() {
		assertThat(ReportingPeriod.startingOn(LocalDate.of(2027, 12, 1), 3, LAST_DAY))
			.contains(new ReportingPeriod(LocalDate.of(2027, 12, 1), LAST_DAY));
	}

	@Test
	void noPeriodStartsAfterTheValidityOrWithoutMonths() {
		assertThat(ReportingPeriod.startingOn(LAST_DAY.plusDays(1), 3, LAST_DAY)).isEmpty();
		assertThat(ReportingPeriod.startingOn(ISSUED, 0, LAST_DAY)).isEmpty();
	}

	@Test
	void theReportIsDueTheGraceDaysAfterThePeriodsLastDay() {
		ReportingPeriod quarter = new ReportingPeriod(ISSUED, LocalDate.of(2027, 4, 10));

		assertThat(quarter.dueDate(30)).isEqualTo(LocalDate.of(2027, 5, 10));
		assertThat(quarter.dueDate(0)).isEqualTo(quarter.end());
	}

}
