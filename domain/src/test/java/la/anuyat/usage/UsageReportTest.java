package la.anuyat.usage;

import java.time.LocalDate;
import java.time.LocalDateTime;

import la.anuyat.shared.ConflictException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class UsageReportTest {

	private static final ReportingPeriod QUARTER = new ReportingPeriod(LocalDate.of(2027, 1, 11),
			LocalDate.of(2027, 4, 10));

	private static final LocalDate DUE = LocalDate.of(2027, 5, 10);

	@Test
	void isDueUntilTheEndOfItsDueDateThenOverdue() {
		UsageReport report = new UsageReport("LIC-VTE-2027-000001", QUARTER, DUE);

		assertThat(report.markOverdue(DUE.atTime(23, 59))).isFalse();
		assertThat(report.getStatus()).isEqualTo(UsageReportStatus.DUE);
		assertThat(report.markOverdue(DUE.plusDays(1).atStartOfDay())).isTrue();
		assertThat(report.getStatus()).isEqualTo(UsageReportStatus.OVERDUE);
		assertThat(report.markOverdue(DUE.plusDays(2).atStartOfDay())).as("once").isFalse();
	}

	@Test
	void anOverdueReportIsStillAcceptedAndStaysMarkedLate() {
		UsageReport report = new UsageReport("LIC-VTE-2027-000001", QUARTER, DUE);
		report.markOverdue(DUE.plusDays(1).atStartOfDay());

		report.submit(new UsageFigures(42, true, null), "applicant", DUE.plusDays(3).atTime(10, 0));

		assertThat(report.getStatus()).isEqualTo(UsageReportStatus.SUBMITTED);
		assertThat(report.isLate()).isTrue();
		assertThat(report.getCallsReceived()).isEqualTo(42);
	}

	@Test
	void isSubmittedOnceAndNeverTurnsOverdueAfterwards() {
		UsageReport report = new UsageReport("LIC-VTE-2027-000001", QUARTER, DUE);
		LocalDateTime at = QUARTER.end().plusDays(2).atTime(9, 0);
		report.submit(new UsageFigures(1200, true, null), "applicant", at);

		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> report.submit(new UsageFigures(1, true, null), "applicant", at))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("usageReport.alreadySubmitted"));
		assertThat(report.markOverdue(DUE.plusDays(1).atStartOfDay())).isFalse();
		assertThat(report.getCallsReceived()).isEqualTo(1200);
		assertThat(report.isLate()).isFalse();
	}

}
