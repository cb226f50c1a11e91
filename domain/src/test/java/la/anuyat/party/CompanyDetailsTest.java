package la.anuyat.party;

import java.util.List;

import la.anuyat.shared.FieldError;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CompanyDetailsTest {

	@Test
	void requiresTheDetailsTheSignUpPageMarksRequiredInBothLanguages() {
		List<FieldError> errors = PartyService.companyDetailErrors(
				new SignUp("newbiz", "hash", "a@b.la", "ບໍລິສັດ ທົດລອງ", "", " ", null, "VTE", "", "\t", ""));
		assertThat(errors).extracting(FieldError::field)
			.containsExactly("registrationNumber", "address", "contactName", "phone");
		assertThat(errors).allSatisfy((error) -> {
			assertThat(error.message().lo()).startsWith("ກະລຸນາໃສ່ ");
			assertThat(error.message().en()).startsWith("Enter the ");
		});
	}

	@Test
	void refusesUnsafeOrTooLongDetailsAndAcceptsLao() {
		List<FieldError> errors = PartyService
			.companyDetailErrors(new SignUp("newbiz", "hash", "a@b.la", "\u200B\u200B", "Lao\u202E Co", "01-\u00000099",
					null, "VTE", "ບ້ານ ໂພນໄຊ", "x".repeat(201), "+856 20 1234"));
		assertThat(errors).extracting(FieldError::field)
			.containsExactly("companyNameLo", "companyNameEn", "registrationNumber", "contactName");
		assertThat(errors.get(3).message().en()).contains("at most 200 characters");
		assertThat(PartyService.companyDetailErrors(new SignUp("newbiz", "hash", "a@b.la", "ບໍລິສັດ ນ້ຳ\u200Bຫຼວງ",
				null, "01-0099999", null, "VTE", "ບ້ານ ໂພນໄຊ", "ທ້າວ ສົມສັກ", "+856 20 1234 5678")))
			.isEmpty();
	}

}
