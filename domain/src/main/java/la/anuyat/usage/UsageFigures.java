package la.anuyat.usage;

import java.util.ArrayList;
import java.util.List;

import la.anuyat.shared.FieldError;
import la.anuyat.shared.InvalidInputException;
import la.anuyat.shared.LocalizedText;
import la.anuyat.shared.SafeText;

/**
 * A special number's usage in one period, as its holder reports it: the calls or messages
 * received (a whole number, not negative), whether the number still serves the purpose it
 * was licensed for, and remarks, which must explain a changed purpose.
 */
public record UsageFigures(long callsReceived, boolean purposeUnchanged, String remarks) {

	/** Longer remarks belong in a letter to the section, not in a periodic report. */
	public static final int MAX_REMARKS = 2000;

	/**
	 * The draft's figures, or every reason it is refused at once, each on its field.
	 * @throws InvalidInputException {@code usageReport.invalid}
	 */
	public static UsageFigures of(UsageReportDraft draft) {
		UsageReportDraft given = (draft != null) ? draft : new UsageReportDraft(null, null, null);
		List<FieldError> errors = new ArrayList<>();
		if (given.callsReceived() == null) {
			errors.add(new FieldError("callsReceived", LocalizedText.of("ກະລຸນາໃສ່ຈຳນວນການໂທ ຫຼື ຂໍ້ຄວາມທີ່ໄດ້ຮັບ",
					"Enter the number of calls or messages received")));
		}
		else if (given.callsReceived() < 0) {
			errors.add(new FieldError("callsReceived", LocalizedText.of("ຈຳນວນການໂທ ຫຼື ຂໍ້ຄວາມຕ້ອງບໍ່ຕິດລົບ",
					"The number of calls or messages must not be negative")));
		}
		if (given.purposeUnchanged() == null) {
			errors.add(
					new FieldError("purposeUnchanged", LocalizedText.of("ກະລຸນາບອກວ່າເລກໝາຍຍັງໃຊ້ຕາມຈຸດປະສົງເດີມຫຼືບໍ່",
							"Say whether the number still serves its licensed purpose")));
		}
		String remarks = (given.remarks() == null || given.remarks().isBlank()) ? null : given.remarks().strip();
		if (remarks == null && Boolean.FALSE.equals(given.purposeUnchanged())) {
			errors.add(new FieldError("remarks",
					LocalizedText.of("ກະລຸນາອະທິບາຍວ່າຈຸດປະສົງປ່ຽນແປງແນວໃດ", "Explain how the purpose has changed")));
		}
		if (remarks != null && remarks.length() > MAX_REMARKS) {
			errors.add(new FieldError("remarks", LocalizedText.of("ໝາຍເຫດຍາວເກີນ " + MAX_REMARKS + " ຕົວອັກສອນ",
					"The remarks are longer than " + MAX_REMARKS + " characters")));
		}
		SafeText.violation(LocalizedText.of("ໝາຍເຫດ", "Remarks"), remarks)
			.ifPresent((problem) -> errors.add(new FieldError("remarks", problem)));
		if (!errors.isEmpty()) {
			throw new InvalidInputException("usageReport.invalid", LocalizedText
				.of("ລາຍງານການນຳໃຊ້ບໍ່ຄົບຖ້ວນ ຫຼື ບໍ່ຖືກຕ້ອງ", "The usage report is incomplete or wrong"), errors);
		}
		return new UsageFigures(given.callsReceived(), given.purposeUnchanged(), remarks);
	}

}
