package la.anuyat.search.internal;

import la.anuyat.search.CaseQuery;
import la.anuyat.search.LaoText;
import la.anuyat.shared.FieldError;
import la.anuyat.shared.InvalidInputException;
import la.anuyat.shared.LocalizedText;

import java.util.List;

/**
 * Checks what a user typed into a search box and turns it into the text given to the
 * simple query string predicate (normalised, Lao words separated).
 */
final class SearchText {

	static final int MAX_LENGTH = 200;

	private SearchText() {
	}

	/**
	 * @return the prepared text, or null for "no text" (null or "")
	 */
	static String prepare(String raw) {
		if (raw == null || raw.isEmpty()) {
			return null;
		}
		if (raw.length() > MAX_LENGTH) {
			throw invalid("search.tooLong",
					LocalizedText.of("ຄຳຄົ້ນຫາຍາວເກີນໄປ: ກະລຸນາໃຊ້ບໍ່ເກີນ " + MAX_LENGTH + " ຕົວອັກສອນ",
							"The search text is too long: use at most " + MAX_LENGTH + " characters"));
		}
		String normalised = LaoText.normalise(raw).strip();
		if (normalised.isEmpty()) {
			throw invalid("search.blank",
					LocalizedText.of("ກະລຸນາພິມຄຳທີ່ຕ້ອງການຄົ້ນຫາ ຫຼື ປ່ອຍຫວ່າງໄວ້ເພື່ອເບິ່ງທັງໝົດ",
							"Type a word to search for, or leave the box empty to see everything"));
		}
		if (normalised.codePoints().noneMatch(Character::isLetterOrDigit)) {
			throw invalid("search.nothingToSearch", LocalizedText.of(
					"ຄຳຄົ້ນຫາບໍ່ມີຕົວອັກສອນ ຫຼື ຕົວເລກ: ກະລຸນາພິມຊື່ບໍລິສັດ, ເລກທີຄຳຮ້ອງ ຫຼື ຄຳໃນເອກະສານ",
					"The search text has no letters or digits: type a company name, a case number or a word from a document"));
		}
		return LaoText.segment(normalised);
	}

	static void checkPaging(int page, int size) {
		if (page < 0 || size < 1 || size > CaseQuery.MAX_SIZE) {
			throw invalid("search.paging",
					LocalizedText.of("ໜ້າ ຫຼື ຈຳນວນຕໍ່ໜ້າບໍ່ຖືກຕ້ອງ (1 ຫາ " + CaseQuery.MAX_SIZE + " ລາຍການຕໍ່ໜ້າ)",
							"Invalid page or page size (1 to " + CaseQuery.MAX_SIZE + " hits per page)"));
		}
	}

	private static InvalidInputException invalid(String code, LocalizedText text) {
		return new InvalidInputException(code, text, List.of(new FieldError("q", text)));
	}

}
