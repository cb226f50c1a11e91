package la.anuyat.casefile.workflow.internal;

import java.io.IOException;
import java.io.InputStream;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The decision tables as an analyst edits them in Camunda Modeler, evaluated by a bare
 * DMN engine.
 */
class DecisionTablesTest {

	private static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

	@ParameterizedTest
	@CsvSource({ "ICT-ISP1, VTE, MTC", "ICT-ISP2, LPB, MTC", "ICT-ISP3, LPB, LPB", "ICT-SOFT, VTE, VTE",
			"ICT-CONS, CPS, CPS", "ICT-SHOP, SVK, SVK", "ICT-IMP, VTE, VTE", "ICT-DIST, XKH, XKH",
			"ICT-INST, ATP, ATP" })
	void routesNationalIspsToTheMinistryAndEverythingElseToTheProvince(String licenceType, String province,
			String authority) {
		assertThat(evaluate("licence-routing.dmn", "licenceRouting",
				Variables.createVariables().putValue("licenceType", licenceType).putValue("province", province))
			.<String>getSingleEntry()).isEqualTo(authority);
	}

	@ParameterizedTest
	@CsvSource({ "POST, VTE, international, MTC", "POST, LPB, nationwide, MTC", "POST, LPB, intra-provincial, LPB",
			"SIM, SVK, , SVK", "NUM, CPS, , CPS", "ICT-ISP1, VTE, intra-provincial, MTC",
			"ICT-SOFT, VTE, nationwide, VTE" })
	void routesPostalServicesByTheirScopeAndSimDealersAndSpecialNumbersToTheProvince(String licenceType,
			String province, String scope, String authority) {
		assertThat(evaluate("licence-routing.dmn", "licenceRouting",
				Variables.createVariables()
					.putValue("licenceType", licenceType)
					.putValue("province", province)
					.putValue("scope", scope))
			.<String>getSingleEntry()).isEqualTo(authority);
	}

	@ParameterizedTest
	@CsvSource({ "POST, 60", "SIM, 24", "NUM, 12" })
	void givesThePostAndCommunicationsSectionsLicencesTheirOwnValidity(String licenceType, int months) {
		Number validity = evaluate("licence-validity.dmn", "licenceValidity",
				Variables.createVariables().putValue("licenceType", licenceType).putValue("section", "POST"))
			.getSingleEntry();
		assertThat(validity.intValue()).isEqualTo(months);
	}

	@ParameterizedTest
	@CsvSource({ "ICT-ISP1, 60", "ICT-ISP2, 60", "ICT-ISP3, 60", "ICT-SOFT, 36", "ICT-CONS, 36", "ICT-SHOP, 36",
			"ICT-IMP, 36", "ICT-DIST, 36", "ICT-INST, 36" })
	void givesIspsFiveYearsAndOtherIctBusinessesThree(String licenceType, int months) {
		Number validity = evaluate("licence-validity.dmn", "licenceValidity",
				Variables.createVariables().putValue("licenceType", licenceType).putValue("section", "TECH"))
			.getSingleEntry();
		assertThat(validity.intValue()).isEqualTo(months);
	}

	@Test
	void givesALicenceTypeOfTheTechnologySectionThatItDoesNotListTheSectionsValidity() {
		Number validity = evaluate("licence-validity.dmn", "licenceValidity",
				Variables.createVariables().putValue("licenceType", "DRONE-SVC").putValue("section", "TECH"))
			.getSingleEntry();
		assertThat(validity.intValue()).isEqualTo(36);
	}

	@Test
	void givesNoValidityToALicenceTypeOfASectionWithoutARule() {
		assertThat(evaluate("licence-validity.dmn", "licenceValidity",
				Variables.createVariables().putValue("licenceType", "CYBER-AUDIT").putValue("section", "DIGITAL")))
			.as("no silent default: the issuing step refuses")
			.isNull();
		assertThat(evaluate("licence-validity.dmn", "licenceValidity",
				Variables.createVariables().putValue("licenceType", "POST-NEW").putValue("section", "POST")))
			.as("the Post and Communications section lists its licence types one by one")
			.isNull();
	}

	@ParameterizedTest
	@CsvSource({ "userTask_checkCompleteness, 3", "userTask_answerInformationRequest, 14",
			"userTask_studyApplication, 7", "userTask_decideApplication, 5" })
	void givesEveryUserTaskItsDays(String taskKey, int days) {
		Number dueInDays = evaluate("task-due-dates.dmn", "taskDueDate",
				Variables.createVariables().putValue("taskKey", taskKey))
			.getSingleEntry();
		assertThat(dueInDays.intValue()).isEqualTo(days);
	}

	@Test
	void givesNoDueDateToATaskTheTableDoesNotList() {
		assertThat(evaluate("task-due-dates.dmn", "taskDueDate",
				Variables.createVariables().putValue("taskKey", "userTask_somethingNew")))
			.isNull();
	}

	private static DmnDecisionResultEntries evaluate(String file, String decisionKey, VariableMap variables) {
		try (InputStream model = DecisionTablesTest.class.getResourceAsStream("/dmn/" + file)) {
			DmnDecision decision = ENGINE.parseDecision(decisionKey, model);
			return ENGINE.evaluateDecision(decision, variables).getFirstResult();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
