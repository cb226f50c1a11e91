package la.anuyat.licence.form;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import la.anuyat.shared.FieldError;

import org.springframework.core.io.DefaultResourceLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Post and Communications section's application forms: each asks what its licence is
 * about, tags it for the certificate and the search, names its own documents, and the
 * postal form hands its scope to the routing decision.
 */
class PostAndCommunicationsFormsTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final FormCatalogue catalogue = new FormCatalogue(new DefaultResourceLoader(), new SeededCatalogue());

	private final FormValidator validator = new FormValidator();

	@Test
	void everyLicenceOfTheSectionHasItsOwnFormListingOnlyItself() {
		assertThat(this.catalogue.formFor("POST").id()).isEqualTo("postal-business-licence");
		assertThat(this.catalogue.formFor("SIM").id()).isEqualTo("sim-dealer-licence");
		assertThat(this.catalogue.formFor("NUM").id()).isEqualTo("special-number-licence");
		for (String code : List.of("POST", "SIM", "NUM")) {
			assertThat(this.catalogue.formFor(code).field("licenceType").orElseThrow().options())
				.extracting(FieldOption::value)
				.containsExactly(code);
		}
	}

	@Test
	void thePostalFormsScopeIsAnInputOfTheRoutingDecision() {
		FormDefinition form = this.catalogue.formFor("POST");
		assertThat(form.field("scope").orElseThrow().options()).extracting(FieldOption::value)
			.containsExactly("international", "nationwide", "intra-provincial");
		assertThat(form.decisionInputs(JSON.createObjectNode().put("scope", "nationwide")))
			.containsExactlyEntriesOf(java.util.Map.of("scope", "nationwide"));
		assertThat(form.decisionInputs(JSON.createObjectNode())).containsKey("scope").containsValue(null);
		assertThat(this.catalogue.formFor("ICT-SOFT").decisionInputs(JSON.createObjectNode())).isEmpty();
	}

	@Test
	void eachFormAsksForTheDocumentsOfItsTrade() {
		assertThat(types(this.catalogue.formFor("POST").requiredDocuments())).contains("enterprise-registration",
				"office-premises", "service-plan");
		assertThat(types(this.catalogue.formFor("SIM").requiredDocuments())).contains("operator-agreement")
			.doesNotContain("business-plan");
		assertThat(types(this.catalogue.formFor("NUM").requiredDocuments())).contains("service-description");
	}

	@Test
	void eachKindOfApplicationHasItsOwnDocuments() {
		FormDefinition number = this.catalogue.formFor("NUM");
		assertThat(types(number.requiredDocumentsFor("new"))).contains("service-description")
			.doesNotContain("usage-report", "change-evidence");
		assertThat(types(number.requiredDocumentsFor("renewal"))).contains("usage-report", "enterprise-registration")
			.doesNotContain("service-description", "change-evidence");
		assertThat(types(number.requiredDocumentsFor("amendment"))).contains("change-evidence")
			.doesNotContain("usage-report");
		assertThat(types(this.catalogue.formFor("ICT-SOFT").requiredDocumentsFor("renewal")))
			.contains("activity-report")
			.doesNotContain("business-plan");
	}

	@Test
	void theAnswersThatMakeTheLicenceArePrintedOnItsCertificate() {
		assertThat(certificateKeys("POST")).containsExactly("scope", "postalServices", "officeCount");
		assertThat(certificateKeys("SIM")).containsExactly("operators", "outletCount");
		assertThat(certificateKeys("NUM")).containsExactly("specialNumber", "numberPurpose", "carriedBy",
				"usageReporting");
	}

	@Test
	void refusesASpecialNumberThatIsNoShortCodeAndADealerWhoWillNotRegisterBuyers() {
		FormDefinition number = this.catalogue.formFor("NUM");
		ObjectNode answers = JSON.createObjectNode()
			.put("licenceType", "NUM")
			.put("specialNumber", "02055512345")
			.put("numberPurpose", "hotline")
			.put("usageReporting", "quarterly")
			.put("serviceDescription", "A customer service hotline for our subscribers.");
		answers.putArray("carriedBy").add("LTC");
		assertThat(this.validator.validate(number, answers)).extracting(FieldError::field).contains("specialNumber");
		answers.put("specialNumber", "1555");
		assertThat(this.validator.validate(number, answers)).extracting(FieldError::field)
			.doesNotContain("specialNumber", "numberPurpose", "carriedBy", "usageReporting", "serviceDescription");

		FormDefinition dealer = this.catalogue.formFor("SIM");
		ObjectNode dealerAnswers = JSON.createObjectNode().put("licenceType", "SIM").put("registersBuyers", false);
		assertThat(this.validator.validate(dealer, dealerAnswers)).extracting(FieldError::field)
			.contains("registersBuyers", "operators", "outlets");
	}

	private List<String> certificateKeys(String code) {
		return this.catalogue.formFor(code)
			.fields()
			.stream()
			.filter((field) -> field.is(FormField.CERTIFICATE))
			.map(FormField::key)
			.toList();
	}

	private static List<String> types(List<RequiredDocument> documents) {
		return documents.stream().map(RequiredDocument::type).toList();
	}

}
