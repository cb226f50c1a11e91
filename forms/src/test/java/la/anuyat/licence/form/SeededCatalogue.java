package la.anuyat.licence.form;

import java.util.List;
import java.util.Optional;

import la.anuyat.casefile.CaseTypeCatalogue;
import la.anuyat.shared.LocalizedText;

/**
 * The licence catalogue as migrations V14 and V20 seed it, for the tests of the forms
 * alone (no database here): the nine ICT business categories, each applied for with the
 * ICT business licence form, and the Post and Communications section's three licences,
 * each with a form of its own. The ui tests check the same rows in the real database.
 */
final class SeededCatalogue implements CaseTypeCatalogue {

	static final List<Entry> ICT = List.of(
			new Entry("ICT-CONS",
					LocalizedText.of("ທຸລະກິດໃຫ້ຄຳປຶກສາ ແລະ ຝຶກອົບຮົມດ້ານໄອຊີທີ", "ICT consulting and training"),
					"ict-business-licence"),
			new Entry("ICT-DIST", LocalizedText.of("ຜູ້ຈຳໜ່າຍອຸປະກອນໄອຊີທີ", "ICT equipment distributor"),
					"ict-business-licence"),
			new Entry("ICT-IMP", LocalizedText.of("ຜູ້ນຳເຂົ້າອຸປະກອນໄອຊີທີ", "ICT equipment importer"),
					"ict-business-licence"),
			new Entry("ICT-INST",
					LocalizedText.of("ຜູ້ຕິດຕັ້ງ ແລະ ສ້ອມແປງອຸປະກອນໄອຊີທີ", "ICT equipment installer and repairer"),
					"ict-business-licence"),
			new Entry("ICT-ISP1",
					LocalizedText.of("ຜູ້ໃຫ້ບໍລິການອິນເຕີເນັດ ປະເພດ 1", "Internet service provider, type 1"),
					"ict-business-licence"),
			new Entry("ICT-ISP2",
					LocalizedText.of("ຜູ້ໃຫ້ບໍລິການອິນເຕີເນັດ ປະເພດ 2", "Internet service provider, type 2"),
					"ict-business-licence"),
			new Entry("ICT-ISP3",
					LocalizedText.of("ຜູ້ໃຫ້ບໍລິການອິນເຕີເນັດ ປະເພດ 3", "Internet service provider, type 3"),
					"ict-business-licence"),
			new Entry("ICT-SHOP", LocalizedText.of("ຮ້ານບໍລິການໄອຊີທີ / ຮ້ານອິນເຕີເນັດ", "ICT shop / internet café"),
					"ict-business-licence"),
			new Entry("ICT-SOFT", LocalizedText.of("ທຸລະກິດຊອບແວ ແລະ ບໍລິການຂໍ້ມູນຂ່າວສານທາງອິນເຕີເນັດ",
					"Software and internet information services"), "ict-business-licence"));

	static final List<Entry> POST_AND_COMMUNICATIONS = List.of(
			new Entry("POST", LocalizedText.of("ທຸລະກິດໄປສະນີ", "Postal business"), "postal-business-licence"),
			new Entry("SIM", LocalizedText.of("ຕົວແທນຈຳໜ່າຍຊີມກາດ", "SIM-card dealer"), "sim-dealer-licence"),
			new Entry("NUM", LocalizedText.of("ນຳໃຊ້ເລກໝາຍພິເສດ", "Special number"), "special-number-licence"));

	private static final List<Entry> ALL = java.util.stream.Stream
		.concat(ICT.stream(), POST_AND_COMMUNICATIONS.stream())
		.toList();

	@Override
	public Optional<String> casePrefixOf(String caseType) {
		return entry(caseType).map((entry) -> switch (entry.code()) {
			case "POST" -> "PST";
			case "SIM", "NUM" -> entry.code();
			default -> "ICT";
		});
	}

	@Override
	public String processKeyOf(String caseType) {
		return "licence-application";
	}

	@Override
	public String sectionOf(String caseType) {
		return POST_AND_COMMUNICATIONS.stream().anyMatch((entry) -> entry.code().equals(caseType)) ? "POST" : "TECH";
	}

	@Override
	public String familyOf(String caseType) {
		return "LICENCE";
	}

	@Override
	public Optional<String> formKeyOf(String caseType) {
		return entry(caseType).map(Entry::formKey);
	}

	@Override
	public Optional<LocalizedText> nameOf(String caseType) {
		return entry(caseType).map(Entry::name);
	}

	@Override
	public List<Entry> activeCaseTypes() {
		return ALL;
	}

	private static Optional<Entry> entry(String caseType) {
		return ALL.stream().filter((entry) -> entry.code().equals(caseType)).findFirst();
	}

}
