package la.anuyat.api;

import java.time.Year;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Form data of applications that pass their form's validation: an ICT software company in
 * Vientiane Capital, and the same company applying for the Post and Communications
 * section's licences. Tests change the fields they care about.
 */
public final class ApplicationForms {

	private static final ObjectMapper JSON = new ObjectMapper();

	private ApplicationForms() {
	}

	public static ObjectNode validSoftwareApplication() {
		ObjectNode form = company();
		form.put("licenceType", "ICT-SOFT");
		form.put("plannedServices", "ພັດທະນາຊອບແວ ແລະ ບໍລິການຂໍ້ມູນຂ່າວສານທາງອິນເຕີເນັດ");
		form.put("plannedStartDate", Year.now().plusYears(1) + "-01-15");
		form.put("numberOfStaff", 12);
		return form;
	}

	/** A courier company; its scope decides who licenses it. */
	public static ObjectNode validPostalApplication(String scope) {
		ObjectNode form = company();
		form.put("licenceType", "POST");
		form.put("scope", scope);
		form.putArray("postalServices").add("parcels").add("express");
		form.put("officeCount", 3);
		form.put("offices", "ສຳນັກງານໃຫຍ່, ບ້ານຫັດສະດີ, ເມືອງຈັນທະບູລີ, ນະຄອນຫຼວງວຽງຈັນ\nສາຂາ ບ້ານໂພນໄຊ, ເມືອງໄຊເສດຖາ");
		form.put("vehicleCount", 8);
		return form;
	}

	/** A dealer of two operators with two outlets. */
	public static ObjectNode validSimDealerApplication() {
		ObjectNode form = company();
		form.put("licenceType", "SIM");
		form.putArray("operators").add("LTC").add("UNITEL");
		form.put("outletCount", 2);
		form.put("outlets", "ຮ້ານ ລາວ ໂມບາຍ, ບ້ານຫັດສະດີ, ເມືອງຈັນທະບູລີ\nຮ້ານ ສີເມືອງ, ບ້ານສີເມືອງ, ເມືອງສີສັດຕະນາກ");
		form.put("registersBuyers", true);
		return form;
	}

	/** A customer-service short number carried by one operator. */
	public static ObjectNode validSpecialNumberApplication(String number) {
		ObjectNode form = company();
		form.put("licenceType", "NUM");
		form.put("specialNumber", number);
		form.put("numberPurpose", "hotline");
		form.putArray("carriedBy").add("LTC");
		form.put("usageReporting", "quarterly");
		form.put("serviceDescription", "ສາຍດ່ວນບໍລິການລູກຄ້າ ຕະຫຼອດ 24 ຊົ່ວໂມງ / A 24-hour customer service hotline");
		return form;
	}

	private static ObjectNode company() {
		ObjectNode form = JSON.createObjectNode();
		form.put("companyNameLo", "ບໍລິສັດ ລາວ ດິຈິຕອນ ຈຳກັດ");
		form.put("companyNameEn", "Lao Digital Co., Ltd.");
		form.put("enterpriseRegistrationNumber", "01-0012345");
		form.put("taxNumber", "123456789 000");
		form.put("licenceType", "ICT-SOFT");
		form.put("province", "VTE");
		form.put("district", "ຈັນທະບູລີ");
		form.put("village", "ຫັດສະດີ");
		form.put("address", "ຖະໜົນ ລ້ານຊ້າງ");
		form.put("contactName", "ທ້າວ ສົມສັກ ພົມມະວົງ");
		form.put("phone", "+856 20 5555 1234");
		form.put("email", "contact@laodigital.example");
		return form;
	}

}
