package la.anuyat.licence.form;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import la.anuyat.shared.NotFoundException;

import org.springframework.core.io.DefaultResourceLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FormCatalogueTest {

	static final List<String> ICT_LICENCE_TYPES = List.of("ICT-ISP1", "ICT-ISP2", "ICT-ISP3", "ICT-SOFT", "ICT-CONS",
			"ICT-SHOP", "ICT-IMP", "ICT-DIST", "ICT-INST");

	static final List<String> PROVINCES = List.of("VTE", "PSL", "LNT", "ODX", "BKO", "LPB", "HPN", "XYB", "XKH", "VTP",
			"BKX", "KHM", "SVK", "SLV", "SEK", "CPS", "ATP", "XSB");

	private final FormCatalogue catalogue = new FormCatalogue(new DefaultResourceLoader(), new SeededCatalogue());

	@Test
	void everyIctLicenceTypeIsAppliedForWithTheFormTheCatalogueNames() {
		for (String licenceType : ICT_LICENCE_TYPES) {
			assertThat(this.catalogue.formFor(licenceType).id()).isEqualTo("ict-business-licence");
		}
		assertThat(this.catalogue.formOf("SPEC")).isEmpty();
	}

	@Test
	void refusesAnUnknownLicenceTypeInLaoAndEnglish() {
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.catalogue.formFor("SPEC"))
			.satisfies((ex) -> {
				assertThat(ex.code()).isEqualTo("form.notFound");
				assertThat(ex.text().lo()).contains("ບໍ່ມີແບບຟອມ").contains("SPEC");
				assertThat(ex.text().en()).contains("no application form").contains("SPEC");
			});
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.catalogue.formFor(null));
	}

	@Test
	void theDefinitionIsACamundaFormEditableInTheModeler() {
		JsonNode schema = ictForm().schema();
		assertThat(schema.path("type").asText()).isEqualTo("default");
		assertThat(schema.path("id").asText()).isEqualTo("ict-business-licence");
		assertThat(schema.path("schemaVersion").asInt()).isGreaterThanOrEqualTo(16);
		assertThat(schema.path("exporter").path("name").asText()).isEqualTo("Camunda Modeler");
		assertThat(schema.path("exporter").path("version").asText()).startsWith("5.");
		List<JsonNode> components = allComponents(schema);
		Set<String> ids = new HashSet<>();
		for (JsonNode component : components) {
			assertThat(ids.add(component.path("id").asText())).as("unique id %s", component.path("id")).isTrue();
		}
	}

	@Test
	void everyComponentHasLaoAndEnglishLabels() {
		for (JsonNode component : allComponents(ictForm().schema())) {
			JsonNode properties = component.path("properties");
			assertThat(properties.path("label.lo").asText()).as("label.lo of %s", component.path("id"))
				.isNotBlank()
				.matches(".*[\\u0E80-\\u0EFF].*");
			assertThat(properties.path("label.en").asText()).as("label.en of %s", component.path("id"))
				.isNotBlank()
				.matches("[\\p{ASCII}é’]+");
			String shown = component.has("label") ? component.path("label").asText()
					: component.path("dateLabel").asText(component.path("text").asText());
			if (!"text".equals(component.path("type").asText())) {
				assertThat(shown).as("label shown for %s", component.path("id"))
					.isEqualTo(properties.path("label.lo").asText() + " / " + properties.path("label.en").asText());
			}
		}
		for (FormField field : ictForm().fields()) {
			assertThat(field.labelLo()).isNotBlank();
			assertThat(field.labelEn()).isNotBlank();
			field.options().forEach((option) -> {
				assertThat(option.labelLo()).as("Lao label of option %s", option.value())
					.matches(".*[\\u0E80-\\u0EFF].*");
				assertThat(option.labelEn()).as("English label of option %s", option.value()).isNotBlank();
			});
		}
	}

	@Test
	void readsTheFieldsWithTheirRules() {
		FormDefinition form = ictForm();
		assertThat(form.fields()).extracting(FormField::key)
			.containsExactly("companyNameLo", "companyNameEn", "enterpriseRegistrationNumber", "taxNumber",
					"licenceType", "province", "district", "village", "address", "contactName", "phone", "email",
					"plannedServices", "plannedStartDate", "numberOfStaff");
		assertThat(form.fields()).allMatch(FormField::required);
		FormField companyNameLo = form.field("companyNameLo").orElseThrow();
		assertThat(companyNameLo.labelLo()).isEqualTo("ຊື່ບໍລິສັດ (ພາສາລາວ)");
		assertThat(companyNameLo.labelEn()).isEqualTo("Company name (Lao)");
		assertThat(companyNameLo.constraints().maxLength()).isEqualTo(200);
		assertThat(form.field("phone").orElseThrow().constraints().pattern()).isNotBlank();
		assertThat(form.field("email").orElseThrow().constraints().pattern()).isNotBlank();
		assertThat(form.field("enterpriseRegistrationNumber").orElseThrow().constraints().pattern()).isNotBlank();
		FormField staff = form.field("numberOfStaff").orElseThrow();
		assertThat(staff.type()).isEqualTo("number");
		assertThat(staff.constraints().min()).isEqualByComparingTo("1");
		assertThat(staff.constraints().decimalDigits()).isZero();
		assertThat(form.field("plannedStartDate").orElseThrow().type()).isEqualTo("datetime");
		assertThat(form.field("plannedServices").orElseThrow().type()).isEqualTo("textarea");
	}

	@Test
	void offersTheNineIctCategoriesAndTheEighteenProvinces() {
		FormDefinition form = ictForm();
		FormField licenceType = form.field("licenceType").orElseThrow();
		assertThat(licenceType.type()).isEqualTo("select");
		assertThat(licenceType.options()).extracting(FieldOption::value)
			.containsExactlyInAnyOrderElementsOf(ICT_LICENCE_TYPES);
		assertThat(licenceType.option("ICT-SHOP").orElseThrow().label().lo())
			.isEqualTo("ຮ້ານບໍລິການໄອຊີທີ / ຮ້ານອິນເຕີເນັດ");
		assertThat(licenceType.option("ICT-SHOP").orElseThrow().label().en()).isEqualTo("ICT shop / internet café");
		FormField province = form.field("province").orElseThrow();
		assertThat(province.options()).extracting(FieldOption::value).containsExactlyElementsOf(PROVINCES);
		assertThat(province.option("LPB").orElseThrow().label().lo()).isEqualTo("ຫຼວງພະບາງ");
		assertThat(province.option("LPB").orElseThrow().label().en()).isEqualTo("Luang Prabang");
	}

	@Test
	void theCategoriesOfferedAreTheLicenceTypesTheCatalogueServesWithTheForm() {
		FormDefinition form = ictForm();
		assertThat(this.catalogue.form(form.id()).orElseThrow().field("licenceType").orElseThrow().options())
			.as("the file keeps no copy of the list")
			.isEmpty();
		assertThat(form.field("licenceType").orElseThrow().options()).extracting(FieldOption::value)
			.containsExactlyElementsOf(SeededCatalogue.ICT.stream().map((entry) -> entry.code()).toList());
		JsonNode handedOut = allComponents(form.schema()).stream()
			.filter((component) -> "licenceType".equals(component.path("key").asText()))
			.findFirst()
			.orElseThrow();
		assertThat(handedOut.path("values").findValuesAsText("value")).hasSize(ICT_LICENCE_TYPES.size());
		assertThat(handedOut.path("properties").path("option.ICT-SHOP.en").asText())
			.isEqualTo("ICT shop / internet café");
	}

	@Test
	void tagsTheFieldsForSearchPrefillAndTheCertificateByCustomProperties() {
		FormDefinition form = ictForm();
		assertThat(form.field("companyNameLo").orElseThrow().property(FormField.SEARCHABLE)).hasValue("companyName.lo");
		assertThat(form.field("plannedServices").orElseThrow().is(FormField.SEARCHABLE)).isTrue();
		assertThat(form.field("numberOfStaff").orElseThrow().property(FormField.SEARCHABLE)).isEmpty();
		assertThat(form.field("taxNumber").orElseThrow().property(FormField.PREFILL)).hasValue("company.taxNumber");
		assertThat(form.field("companyNameLo").orElseThrow().properties()).doesNotContainKeys("label.lo", "label.en");
	}

	@Test
	void listsTheRequiredDocumentsInLaoAndEnglish() {
		assertThat(ictForm().requiredDocuments()).extracting(RequiredDocument::type)
			.containsExactly("enterprise-registration", "tax-registration", "director-id", "business-plan");
		assertThat(ictForm().requiredDocuments()).first()
			.isEqualTo(new RequiredDocument("enterprise-registration", "ໃບທະບຽນວິສາຫະກິດ",
					"Enterprise registration certificate"));
		assertThat(ictForm().requiredDocuments()).allSatisfy((document) -> {
			assertThat(document.nameLo()).matches(".*[\\u0E80-\\u0EFF].*");
			assertThat(document.nameEn()).isNotBlank();
		});
	}

	@Test
	void theSchemaHandedOutCannotChangeTheSharedDefinition() {
		FormDefinition form = ictForm();
		((com.fasterxml.jackson.databind.node.ObjectNode) form.schema()).put("id", "changed");
		assertThat(form.schema().path("id").asText()).isEqualTo("ict-business-licence");
	}

	private FormDefinition ictForm() {
		return this.catalogue.formFor("ICT-SOFT");
	}

	private static List<JsonNode> allComponents(JsonNode schema) {
		List<JsonNode> all = new ArrayList<>();
		collect(schema.path("components"), all);
		return all;
	}

	private static void collect(JsonNode components, List<JsonNode> into) {
		for (JsonNode component : components) {
			into.add(component);
			collect(component.path("components"), into);
		}
	}

}
