package la.anuyat.search;

import java.time.LocalDate;
import java.util.List;

/**
 * The public equipment register: type-approved models, no login, public fields only.
 */
public interface EquipmentRegister {

	/**
	 * Searches approved models by model, manufacturer (Lao or English), approval number,
	 * holder or band edge (e.g. {@code 2400}); every word must match.
	 * @param text the words; null or "" for all
	 * @throws la.anuyat.shared.InvalidInputException for a too long or meaningless text
	 * or paging out of range
	 */
	Page search(String text, int page, int size);

	/**
	 * One approved model as the public sees it.
	 *
	 * @param bands the bands as printed, e.g. {@code 2400–2483.5 MHz; 5150–5350 MHz}
	 * @param exhibitsWithheldUntil until when its confidential exhibits stay withheld;
	 * {@code null} when none are
	 */
	record Entry(String approvalNumber, String granteeCode, String model, String manufacturerLo, String manufacturerEn,
			String bands, String declaredStandards, String holderNameLo, String holderNameEn, LocalDate approvedOn,
			LocalDate exhibitsWithheldUntil) {
	}

	record Page(List<Entry> entries, long total, int page, int size) {
	}

}
