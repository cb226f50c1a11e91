package la.anuyat.usage;

import la.anuyat.shared.LocalizedText;

/**
 * Where a period's usage report stands. OVERDUE reports are still accepted, late.
 */
public enum UsageReportStatus {

	DUE(LocalizedText.of("ລໍຖ້າລາຍງານ", "Due")), OVERDUE(LocalizedText.of("ເກີນກຳນົດ", "Overdue")),
	SUBMITTED(LocalizedText.of("ລາຍງານແລ້ວ", "Submitted"));

	private final LocalizedText label;

	UsageReportStatus(LocalizedText label) {
		this.label = label;
	}

	public LocalizedText label() {
		return this.label;
	}

}
