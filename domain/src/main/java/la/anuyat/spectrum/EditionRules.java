package la.anuyat.spectrum;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import la.anuyat.shared.FieldError;
import la.anuyat.shared.LocalizedText;

/**
 * The rules a row of an allocation table edition keeps: a lower edge below the upper one,
 * no frequency shared with another band of the same edition (upper edges are exclusive,
 * so bands may touch), names in Lao and English, at least one service, each service once,
 * and the source the row is taken from (the ITU Radio Regulations, a 3GPP band, an ITU-R
 * recommendation or a national decision). The lengths are the columns'.
 */
public final class EditionRules {

	/** An edition code is used in addresses: letters, digits, dots, dashes. */
	private static final Pattern EDITION_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

	private EditionRules() {
	}

	/**
	 * What is wrong with the band, against the other bands of its edition (the band
	 * itself left out when it is being changed).
	 */
	public static List<FieldError> check(BandDraft draft, List<BandAllocation> otherBands) {
		List<FieldError> errors = new ArrayList<>();
		Double lower = draft.lowerMhz();
		Double upper = draft.upperMhz();
		if (lower == null) {
			errors.add(required("lowerMhz"));
		}
		else if (!Double.isFinite(lower) || lower < 0) {
			errors.add(new FieldError("lowerMhz", LocalizedText.of("ຂອບລຸ່ມຕ້ອງເປັນຕົວເລກບໍ່ຕິດລົບ (MHz)",
					"The lower edge must be a number of MHz, not negative")));
		}
		if (upper == null) {
			errors.add(required("upperMhz"));
		}
		else if (!Double.isFinite(upper)) {
			errors.add(new FieldError("upperMhz",
					LocalizedText.of("ຂອບເທິງຕ້ອງເປັນຕົວເລກ (MHz)", "The upper edge must be a number of MHz")));
		}
		if (errors.isEmpty() && lower >= upper) {
			errors.add(new FieldError("upperMhz",
					LocalizedText.of("ຂອບເທິງຕ້ອງສູງກວ່າຂອບລຸ່ມ", "The upper edge must be above the lower edge")));
		}
		if (errors.isEmpty()) {
			otherBands.stream()
				.filter((band) -> band.overlaps(lower, upper))
				.findFirst()
				.ifPresent((band) -> errors.add(new FieldError("lowerMhz",
						LocalizedText.of("ທັບຊ້ອນກັບແຖບ " + band.name().lo() + " (" + range(band) + ") ຂອງສະບັບນີ້",
								"Overlaps the band " + band.name().en() + " (" + range(band) + ") of this edition"))));
		}
		text(errors, "nameLo", draft.nameLo(), 200, true);
		text(errors, "nameEn", draft.nameEn(), 200, true);
		text(errors, "footnoteLo", draft.footnoteLo(), 1000, false);
		text(errors, "footnoteEn", draft.footnoteEn(), 1000, false);
		if (draft.source() == null || draft.source().isBlank()) {
			errors.add(new FieldError("source",
					LocalizedText.of("ທຸກແຖວຕ້ອງອ້າງອີງແຫຼ່ງທີ່ມາ (ເຊັ່ນ ITU RR Art. 5, Region 3)",
							"Every row cites its source (for example ITU RR Art. 5, Region 3)")));
		}
		else {
			text(errors, "source", draft.source(), 400, true);
		}
		services(errors, draft.services());
		return errors;
	}

	/** What is wrong with a new edition's code and titles. */
	public static List<FieldError> checkEdition(String code, String titleLo, String titleEn) {
		List<FieldError> errors = new ArrayList<>();
		if (code == null || code.isBlank()) {
			errors.add(required("edition"));
		}
		else if (!EDITION_CODE.matcher(code.strip()).matches()) {
			errors.add(new FieldError("edition", LocalizedText.of(
					"ລະຫັດສະບັບ: ຕົວອັກສອນ, ຕົວເລກ, ຈຸດ ຫຼື ຂີດ, ບໍ່ເກີນ 40 ຕົວ (ເຊັ່ນ LA-NFAT-2027)",
					"The edition code: letters, digits, dots or dashes, at most 40 (for example LA-NFAT-2027)")));
		}
		text(errors, "titleLo", titleLo, 200, true);
		text(errors, "titleEn", titleEn, 200, true);
		return errors;
	}

	private static void services(List<FieldError> errors, List<BandDraft.Service> services) {
		if (services == null || services.isEmpty()) {
			errors.add(new FieldError("services",
					LocalizedText.of("ກະລຸນາລະບຸບໍລິການຢ່າງໜ້ອຍໜຶ່ງ", "Allocate at least one service in the band")));
			return;
		}
		String known = Arrays.stream(RadioService.values()).map(Enum::name).collect(Collectors.joining(", "));
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < services.size(); i++) {
			BandDraft.Service one = services.get(i);
			String field = "services[" + i + "]";
			String service = BandDraft.norm((one == null) ? null : one.service());
			String category = BandDraft.norm((one == null) ? null : one.category());
			if (Arrays.stream(RadioService.values()).noneMatch((known1) -> known1.name().equals(service))) {
				errors.add(new FieldError(field + ".service", LocalizedText.of("ບໍ່ຮູ້ຈັກບໍລິການນີ້; ທີ່ຮັບ: " + known,
						"Unknown service; one of: " + known)));
			}
			else if (!seen.add(service)) {
				errors.add(new FieldError(field + ".service", LocalizedText.of("ບໍລິການ " + service + " ມີສອງເທື່ອ",
						"The service " + service + " is allocated twice in the band")));
			}
			if (Arrays.stream(AllocationCategory.values()).noneMatch((known1) -> known1.name().equals(category))) {
				errors.add(new FieldError(field + ".category",
						LocalizedText.of("ປະເພດ: PRIMARY ຫຼື SECONDARY", "The category is PRIMARY or SECONDARY")));
			}
		}
	}

	private static void text(List<FieldError> errors, String field, String value, int max, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				errors.add(required(field));
			}
		}
		else if (value.strip().length() > max) {
			errors.add(new FieldError(field,
					LocalizedText.of("ຍາວເກີນ " + max + " ຕົວອັກສອນ", "Longer than " + max + " characters")));
		}
	}

	private static FieldError required(String field) {
		return new FieldError(field, LocalizedText.of("ກະລຸນາປ້ອນຂໍ້ມູນນີ້", "This is required"));
	}

	static String range(BandAllocation band) {
		return mhz(band.getLowerMhz()) + "–" + mhz(band.getUpperMhz()) + " MHz";
	}

	static String mhz(double value) {
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

}
