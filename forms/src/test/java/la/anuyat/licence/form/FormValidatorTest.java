package la.anuyat.licence.form;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import la.anuyat.shared.FieldError;
import la.anuyat.shared.InvalidInputException;

import org.springframework.core.io.DefaultResourceLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class FormValidatorTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final FormDefinition ICT_FORM = new FormCatalogue(new DefaultResourceLoader(), new SeededCatalogue())
		.formFor("ICT-SOFT");

	/**
	 * "Today" for the relative date range of the planned start (today to five years on).
	 */
	private static final Clock TODAY = Clock.fixed(Instant.parse("2026-06-01T03:00:00Z"), ZoneId.of("Asia/Vientiane"));

	private final FormValidator validator = new FormValidator(TODAY);

	/**
	 * A complete, valid application, as the UI and the REST API post it.
	 */
	static ObjectNode validApplication() {
		try {
			return (ObjectNode) JSON.readTree(
					"""
							{
							  "companyNameLo": "ບໍລິສັດ ລາວ ດິຈິຕອນ ຈຳກັດ",
							  "companyNameEn": "Lao Digital Co., Ltd.",
							  "enterpriseRegistrationNumber": "01-00012345",
							  "taxNumber": "123456789-000",
							  "licenceType": "ICT-SOFT",
							  "province": "VTE",
							  "district": "ຈັນທະບູລີ",
							  "village": "ບ້ານຊຽງຍືນ",
							  "address": "ເຮືອນເລກທີ 12, ຖະໜົນສາມແສນໄທ, ໜ່ວຍ 5",
							  "contactName": "ສົມພອນ ແກ້ວມະນີ",
							  "phone": "+856 20 5512 3456",
							  "email": "info@laodigital.la",
							  "plannedServices": "Custom software development and hosting of web applications for Lao businesses.",
							  "plannedStartDate": "2027-01-15",
							  "numberOfStaff": 12
							}
							""");
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void acceptsACompleteApplication() {
		assertThat(this.validator.validate(ICT_FORM, validApplication())).isEmpty();
		assertThatNoException().isThrownBy(() -> this.validator.check(ICT_FORM, validApplication()));
	}

	@Test
	void acceptsLaoDomesticPhoneNumbersAndNumbersSentAsText() {
		ObjectNode data = validApplication().put("phone", "021 412345").put("numberOfStaff", "12");
		assertThat(this.validator.validate(ICT_FORM, data)).isEmpty();
		data.put("phone", "020 5512 3456");
		assertThat(this.validator.validate(ICT_FORM, data)).isEmpty();
	}

	@Test
	void namesAMissingFieldByItsLaoAndEnglishLabel() {
		ObjectNode data = validApplication();
		data.remove("companyNameEn");
		assertThat(this.validator.validate(ICT_FORM, data)).singleElement().satisfies((error) -> {
			assertThat(error.field()).isEqualTo("companyNameEn");
			assertThat(error.message().lo()).isEqualTo("ກະລຸນາປ້ອນ ຊື່ບໍລິສັດ (ພາສາອັງກິດ)");
			assertThat(error.message().en()).isEqualTo("Company name (English) is required");
		});
	}

	@Test
	void treatsBlankTextAndNullAsMissing() {
		ObjectNode data = validApplication().put("district", "   ");
		data.putNull("village");
		assertThat(this.validator.validate(ICT_FORM, data)).extracting(FieldError::field)
			.containsExactly("district", "village");
	}

	@Test
	void anEmptyFormListsEveryRequiredField() {
		assertThat(this.validator.validate(ICT_FORM, JSON.createObjectNode())).hasSize(ICT_FORM.fields().size());
		assertThat(this.validator.validate(ICT_FORM, null)).hasSize(ICT_FORM.fields().size());
	}

	@Test
	void asksToChooseAMissingSelection() {
		ObjectNode data = validApplication();
		data.remove("province");
		FieldError error = only(this.validator.validate(ICT_FORM, data), "province");
		assertThat(error.message().lo()).isEqualTo("ກະລຸນາເລືອກ ແຂວງ");
		assertThat(error.message().en()).isEqualTo("Province is required");
	}

	@Test
	void refusesTextShorterThanTheMinimum() {
		FieldError error = only(
				this.validator.validate(ICT_FORM, validApplication().put("plannedServices", "  Software   ")),
				"plannedServices");
		assertThat(error.message().lo()).isEqualTo("ການບໍລິການທີ່ຈະດຳເນີນ ຕ້ອງມີຢ່າງໜ້ອຍ 20 ຕົວອັກສອນ");
		assertThat(error.message().en()).isEqualTo("Planned services must have at least 20 characters");
	}

	@Test
	void refusesTextLongerThanTheMaximum() {
		FieldError error = only(this.validator.validate(ICT_FORM, validApplication().put("district", "ກ".repeat(101))),
				"district");
		assertThat(error.message().lo()).isEqualTo("ເມືອງ ຕ້ອງມີບໍ່ເກີນ 100 ຕົວອັກສອນ");
		assertThat(error.message().en()).isEqualTo("District must have at most 100 characters");
	}

	@ParameterizedTest
	@ValueSource(strings = { "12345", "+66 81 234 5678", "020-ABCD-1234", "phone: 020 5512 3456" })
	void refusesAPhoneNumberThatIsNotLao(String phone) {
		FieldError error = only(this.validator.validate(ICT_FORM, validApplication().put("phone", phone)), "phone");
		assertThat(error.message().lo()).isEqualTo("ເບີໂທລະສັບ ມີຮູບແບບບໍ່ຖືກຕ້ອງ, ຕົວຢ່າງ: +856 20 5512 3456");
		assertThat(error.message().en()).isEqualTo("Phone is not in the expected format, e.g. +856 20 5512 3456");
	}

	@ParameterizedTest
	@ValueSource(strings = { "info@laodigital", "info.laodigital.la", "info @laodigital.la" })
	void refusesAMalformedEmailAddress(String email) {
		FieldError error = only(this.validator.validate(ICT_FORM, validApplication().put("email", email)), "email");
		assertThat(error.message().lo()).startsWith("ອີເມວ ມີຮູບແບບບໍ່ຖືກຕ້ອງ");
		assertThat(error.message().en()).startsWith("E-mail is not in the expected format");
	}

	@Test
	void refusesAMalformedRegistrationNumberAndAcceptsLaoLetters() {
		only(this.validator.validate(ICT_FORM,
				validApplication().put("enterpriseRegistrationNumber", "no number here")),
				"enterpriseRegistrationNumber");
		assertThat(
				this.validator.validate(ICT_FORM, validApplication().put("enterpriseRegistrationNumber", "0123/ອຄພ")))
			.isEmpty();
	}

	@Test
	void refusesANumberBelowTheMinimum() {
		FieldError error = only(this.validator.validate(ICT_FORM, validApplication().put("numberOfStaff", 0)),
				"numberOfStaff");
		assertThat(error.message().lo()).isEqualTo("ຈຳນວນພະນັກງານ ຕ້ອງບໍ່ນ້ອຍກວ່າ 1");
		assertThat(error.message().en()).isEqualTo("Number of staff must be at least 1");
	}

	@Test
	void refusesANumberAboveTheMaximum() {
		FieldError error = only(this.validator.validate(ICT_FORM, validApplication().put("numberOfStaff", 100001)),
				"numberOfStaff");
		assertThat(error.message().lo()).isEqualTo("ຈຳນວນພະນັກງານ ຕ້ອງບໍ່ເກີນ 100000");
		assertThat(error.message().en()).isEqualTo("Number of staff must be at most 100000");
	}

	@Test
	void refusesSomethingThatIsNotANumber() {
		FieldError error = only(this.validator.validate(ICT_FORM, validApplication().put("numberOfStaff", "twelve")),
				"numberOfStaff");
		assertThat(error.message().lo()).isEqualTo("ຈຳນວນພະນັກງານ ຕ້ອງເປັນຕົວເລກ");
		assertThat(error.message().en()).isEqualTo("Number of staff must be a number");
	}

	@Test
	void refusesAFractionWhereAWholeNumberIsExpected() {
		FieldError error = only(this.validator.validate(ICT_FORM, validApplication().put("numberOfStaff", 2.5)),
				"numberOfStaff");
		assertThat(error.message().lo()).isEqualTo("ຈຳນວນພະນັກງານ ຕ້ອງເປັນຈຳນວນເຕັມ");
		assertThat(error.message().en()).isEqualTo("Number of staff must be a whole number");
		assertThat(this.validator.validate(ICT_FORM, validApplication().put("numberOfStaff", 12.0))).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "15/01/2027", "2027-1-15", "2027-02-30", "2027-01-15T08:00" })
	void refusesADateThatIsNotARealIsoDate(String date) {
		FieldError error = only(this.validator.validate(ICT_FORM, validApplication().put("plannedStartDate", date)),
				"plannedStartDate");
		assertThat(error.message().lo())
			.isEqualTo("ວັນທີຄາດວ່າຈະເລີ່ມດຳເນີນທຸລະກິດ ຕ້ອງເປັນວັນທີທີ່ມີຢູ່ແທ້ ໃນຮູບແບບ ປີ-ເດືອນ-ວັນ (yyyy-MM-dd)");
		assertThat(error.message().en()).isEqualTo("Planned start date must be a real date written yyyy-MM-dd");
	}

	@ParameterizedTest
	@ValueSource(strings = { "1999-01-15", "2026-05-31", "2031-06-02", "9999-12-31" })
	void refusesAPlannedStartOutsideTheRangeTheFormGives(String date) {
		FieldError error = only(this.validator.validate(ICT_FORM, validApplication().put("plannedStartDate", date)),
				"plannedStartDate");
		assertThat(error.message().en())
			.matches("Planned start date must be on or (after 2026-06-01|before 2031-06-01)");
		assertThat(error.message().lo())
			.matches("ວັນທີຄາດວ່າຈະເລີ່ມດຳເນີນທຸລະກິດ ຕ້ອງບໍ່(ກ່ອນວັນທີ 2026-06-01|ຫຼັງວັນທີ 2031-06-01)");
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-06-01", "2028-02-29", "2031-06-01" })
	void acceptsAPlannedStartWithinTheRange(String date) {
		assertThat(this.validator.validate(ICT_FORM, validApplication().put("plannedStartDate", date))).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "ບໍລິສັດ\u0000", "\u200B\u200B", "\u0EB1\u0EC9", "Lao \u202Eetigid", "\u2066x\u2069" })
	void refusesTextWithControlOrBidiCharactersOrNothingVisible(String companyName) {
		FieldError error = only(this.validator.validate(ICT_FORM, validApplication().put("companyNameLo", companyName)),
				"companyNameLo");
		assertThat(error.message().en()).startsWith("Company name (Lao): ")
			.containsAnyOf("control character", "text direction control", "only invisible characters");
		assertThat(error.message().lo()).startsWith("ຊື່ບໍລິສັດ (ພາສາລາວ): ");
	}

	@Test
	void acceptsLaoWithItsVowelsToneMarksAndZeroWidthSpaces() {
		ObjectNode data = validApplication().put("companyNameLo", "ບໍລິສັດ\u200Bນ້ຳ\u200Bຫຼວງ ຈຳກັດ")
			.put("contactName", "ທ້າວ ສົມສັກ\u200Dພົມມະວົງ");
		assertThat(this.validator.validate(ICT_FORM, data)).isEmpty();
	}

	@Test
	void refusesTextFieldsThatAreNotText() {
		FieldError error = only(this.validator.validate(ICT_FORM, validApplication().put("district", 42)), "district");
		assertThat(error.message().lo()).isEqualTo("ເມືອງ ຕ້ອງເປັນຂໍ້ຄວາມ");
		assertThat(error.message().en()).isEqualTo("District must be text");
	}

	@Test
	void refusesASelectValueThatIsNotAnOption() {
		FieldError error = only(this.validator.validate(ICT_FORM, validApplication().put("licenceType", "POST")),
				"licenceType");
		assertThat(error.message().lo()).isEqualTo("ປະເພດໃບອະນຸຍາດ: \"POST\" ບໍ່ມີໃນລາຍການໃຫ້ເລືອກ");
		assertThat(error.message().en()).isEqualTo("Licence type: \"POST\" is not one of the options");
		only(this.validator.validate(ICT_FORM, validApplication().put("province", "vte")), "province");
		only(this.validator.validate(ICT_FORM, validApplication().put("province", 1)), "province");
	}

	@Test
	void refusesKeysTheFormDoesNotDefine() {
		ObjectNode data = validApplication().put("discount", "100%");
		data.putObject("documents").put("enterpriseRegistration", true);
		List<FieldError> errors = this.validator.validate(ICT_FORM, data);
		assertThat(errors).extracting(FieldError::field).containsExactly("discount", "documents");
		assertThat(errors.get(0).message().lo()).isEqualTo("ແບບຟອມນີ້ບໍ່ມີຊ່ອງ \"discount\"");
		assertThat(errors.get(0).message().en()).isEqualTo("This form has no field \"discount\"");
	}

	@Test
	void refusesFormDataThatIsNotAnObject() throws Exception {
		JsonNode array = JSON.readTree("[1, 2]");
		assertThat(this.validator.validate(ICT_FORM, array)).singleElement().satisfies((error) -> {
			assertThat(error.field()).isEqualTo("form");
			assertThat(error.message().lo()).isNotBlank();
			assertThat(error.message().en()).isEqualTo("The form data must be a JSON object");
		});
	}

	@Test
	void checkRefusesInvalidDataWithEveryFieldErrorInBothLanguages() {
		ObjectNode data = validApplication().put("email", "nobody").put("numberOfStaff", -1);
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> this.validator.check(ICT_FORM, data))
			.satisfies((ex) -> {
				assertThat(ex.code()).isEqualTo("form.invalid");
				assertThat(ex.text().lo()).isNotBlank();
				assertThat(ex.text().en()).isNotBlank();
				assertThat(ex.fieldErrors()).extracting(FieldError::field).containsExactly("email", "numberOfStaff");
				assertThat(ex.fieldErrors()).allSatisfy((error) -> {
					assertThat(error.message().lo()).matches(".*[\\u0E80-\\u0EFF].*");
					assertThat(error.message().en()).matches("\\p{ASCII}+");
				});
			});
	}

	private static FieldError only(List<FieldError> errors, String field) {
		assertThat(errors).as("errors").extracting(FieldError::field).containsExactly(field);
		return errors.get(0);
	}

}
