package la.anuyat.api;

import java.time.Year;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Form data of an ICT business licence application that passes the form's validation: a
 * software company in Vientiane Capital. Tests change the fields they care about.
 */
public final class ApplicationForms {

	private static final ObjectMapper JSON = new ObjectMapper();

	private ApplicationForms() {
	}

	public static ObjectNode validSoftwareApplication() {
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
		form.put("plannedServices", "ພັດທະນາຊອບແວ ແລະ ບໍລິການຂໍ້ມູນຂ່າວສານທາງອິນເຕີເນັດ");
		form.put("plannedStartDate", Year.now().plusYears(1) + "-01-15");
		form.put("numberOfStaff", 12);
		return form;
	}

}
