package la.anuyat.usage;

import la.anuyat.shared.FieldError;
import la.anuyat.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class UsageFiguresTest {

	@Test
	void takesANonNegativeCountAndTheStateOfThePurpose() {
		UsageFigures figures = UsageFigures.of(new UsageReportDraft(0L, true, "  "));

		assertThat(figures).isEqualTo(new UsageFigures(0, true, null));
	}

	@Test
	void refusesAMissingOrNegativeCountAndAMissingAnswerOnThePurposeAllAtOnce() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> UsageFigures.of(new UsageReportDraft(null, null, null)))
			.satisfies((ex) -> assertThat(ex.fieldErrors()).extracting(FieldError::field)
				.containsExactly("callsReceived", "purposeUnchanged"));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> UsageFigures.of(new UsageReportDraft(-1L, true, null)))
			.satisfies((ex) -> {
				assertThat(ex.code()).isEqualTo("usageReport.invalid");
				assertThat(ex.fieldErrors()).singleElement()
					.satisfies((error) -> assertThat(error.message().en()).contains("negative"));
			});
	}

	@Test
	void aChangedPurposeMustBeExplained() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> UsageFigures.of(new UsageReportDraft(120L, false, null)))
			.satisfies((ex) -> assertThat(ex.fieldErrors()).extracting(FieldError::field).containsExactly("remarks"));
		assertThat(UsageFigures.of(new UsageReportDraft(120L, false, "Now also used for SMS alerts")).remarks())
			.isEqualTo("Now also used for SMS alerts");
	}

	@Test
	void refusesRemarksThatHideWhatTheySay() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> UsageFigures.of(new UsageReportDraft(5L, true, "ok\u202Eevil")))
			.satisfies((ex) -> assertThat(ex.fieldErrors()).extracting(FieldError::field).containsExactly("remarks"));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> UsageFigures.of(new UsageReportDraft(5L, true, "x".repeat(UsageFigures.MAX_REMARKS + 1))))
			.satisfies((ex) -> assertThat(ex.fieldErrors()).extracting(FieldError::field).containsExactly("remarks"));
	}

}
