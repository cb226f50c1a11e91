package la.anuyat.payment.process;

import java.io.IOException;
import java.io.InputStream;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fee table as an analyst edits it in Camunda Modeler, evaluated by a bare DMN
 * engine.
 */
class LicenceFeeTableTest {

	private static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

	@ParameterizedTest
	@CsvSource({ "ICT-ISP1, new, 50000000", "ICT-ISP1, renewal, 25000000", "ICT-ISP3, new, 15000000",
			"ICT-SOFT, new, 3000000", "ICT-SOFT, renewal, 1500000", "ICT-SHOP, new, 500000", "ICT-INST, new, 1000000",
			"ICT-SOFT, amendment, 300000", "ICT-ISP2, amendment, 300000" })
	void chargesEveryIctTypeByKindOfApplicationInWholeKip(String licenceType, String kind, long kip) {
		DmnDecisionRuleResult fee = fee(licenceType, kind);
		assertThat(((Number) fee.getEntry("amountKip")).longValue()).isEqualTo(kip);
		assertThat((String) fee.getEntry("labelLo")).startsWith("ຄ່າທຳນຽມ");
		assertThat((String) fee.getEntry("labelEn")).containsIgnoringCase("fee");
	}

	@ParameterizedTest
	@CsvSource({ "POST, new, international, 20000000", "POST, new, nationwide, 10000000",
			"POST, new, intra-provincial, 2000000", "POST, renewal, nationwide, 1000000", "SIM, new, '', 500000",
			"SIM, renewal, '', 250000", "NUM, new, '', 1000000", "NUM, renewal, '', 1000000",
			"POST, amendment, international, 300000" })
	void chargesThePostAndCommunicationsLicencesByKindAndPostalScope(String licenceType, String kind, String scope,
			long kip) {
		DmnDecisionRuleResult fee = fee(licenceType, kind, scope);
		assertThat(((Number) fee.getEntry("amountKip")).longValue()).isEqualTo(kip);
		assertThat((String) fee.getEntry("labelLo")).startsWith("ຄ່າທຳນຽມ");
	}

	/**
	 * A radio frequency licence pays a yearly fee by band, bandwidth and area class: kip
	 * per kHz of bandwidth, with a floor per band.
	 */
	@ParameterizedTest
	@CsvSource({ "new, 152.5, 11, urban, 500000", "new, 152.5, 50, urban, 1000000", "renewal, 152.5, 50, rural, 500000",
			"new, 1815, 5000, urban, 10000000", "new, 1815, 5000, remote, 2500000", "new, 7450, 28000, rural, 2800000",
			"new, 7450, 28000, urban, 5600000", "new, 103.7, 200, remote, 1000000", "new, 470, 200, urban, 1000000" })
	void chargesARadioFrequencyLicenceYearlyByBandBandwidthAndAreaClass(String kind, double frequencyMhz,
			double bandwidthKhz, String areaClass, long kip) {
		DmnDecisionRuleResult fee = evaluate(Variables.createVariables()
			.putValue("licenceType", "SPECTRUM")
			.putValue("applicationKind", kind)
			.putValue("scope", "")
			.putValue("centreFrequencyMhz", frequencyMhz)
			.putValue("bandwidthKhz", bandwidthKhz)
			.putValue("areaClass", areaClass));
		assertThat(((Number) fee.getEntry("amountKip")).longValue()).isEqualTo(kip);
		assertThat((String) fee.getEntry("labelEn")).isEqualTo("Radio frequency fee (yearly)");
		assertThat((String) fee.getEntry("labelLo")).startsWith("ຄ່າທຳນຽມ");
	}

	@Test
	void aRadioFrequencyAmendmentPaysTheAmendmentFee() {
		DmnDecisionRuleResult fee = evaluate(Variables.createVariables()
			.putValue("licenceType", "SPECTRUM")
			.putValue("applicationKind", "amendment")
			.putValue("scope", "")
			.putValue("centreFrequencyMhz", 152.5)
			.putValue("bandwidthKhz", 11.0)
			.putValue("areaClass", "urban"));
		assertThat(((Number) fee.getEntry("amountKip")).longValue()).isEqualTo(300_000L);
	}

	@Test
	void chargesNothingForATypeWithoutARowOfItsOwn() {
		DmnDecisionRuleResult fee = fee("DRONE-SVC", "new");
		assertThat(((Number) fee.getEntry("amountKip")).longValue()).isZero();
		assertThat((String) fee.getEntry("labelEn")).isEqualTo("No fee");
	}

	private static DmnDecisionRuleResult fee(String licenceType, String kind) {
		return fee(licenceType, kind, "");
	}

	private static DmnDecisionRuleResult fee(String licenceType, String kind, String scope) {
		// the payment block always passes the type-specific inputs, empty for other types
		VariableMap inputs = Variables.createVariables()
			.putValue("licenceType", licenceType)
			.putValue("applicationKind", kind)
			.putValue("scope", scope);
		PaymentVariables.TYPE_FEE_INPUTS.forEach((name) -> inputs.putValue(name, null));
		return evaluate(inputs);
	}

	private static DmnDecisionRuleResult evaluate(VariableMap inputs) {
		try (InputStream in = LicenceFeeTableTest.class.getResourceAsStream("/dmn/licence-fees.dmn")) {
			DmnDecision decision = ENGINE.parseDecision(IssueInvoiceDelegate.FEE_DECISION, in);
			return ENGINE.evaluateDecisionTable(decision, inputs).getFirstResult();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
