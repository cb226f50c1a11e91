package la.anuyat.enforcement.process;

import java.io.IOException;
import java.io.InputStream;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The escalation ladder (enforcement-ladder.dmn) row by row, on the DMN engine: repeated
 * violations within the window call for a heavier measure, and a licence can only be
 * suspended or revoked where there is one.
 */
class EnforcementLadderTest {

	private static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

	@ParameterizedTest
	@CsvSource({ "0, true, FINE, 5000000", "0, false, FINE, 5000000", "1, true, FINE, 10000000", "2, true, SUSPEND, ",
			"3, true, REVOKE, ", "7, true, REVOKE, ", "2, false, FINE, 20000000", "5, false, FINE, 20000000" })
	void suggestsTheMeasureForTheEarlierMeasures(int prior, boolean hasLicence, String measure, Long fineKip) {
		DmnDecisionResultEntries result = evaluate(prior, hasLicence);
		assertThat((String) result.getEntry("measure")).isEqualTo(measure);
		Number fine = result.getEntry("fineKip");
		assertThat((fine != null) ? fine.longValue() : null).isEqualTo(fineKip);
	}

	private static DmnDecisionResultEntries evaluate(int prior, boolean hasLicence) {
		try (InputStream model = EnforcementLadderTest.class.getResourceAsStream("/dmn/enforcement-ladder.dmn")) {
			DmnDecision decision = ENGINE.parseDecision("enforcementLadder", model);
			return ENGINE.evaluateDecision(decision,
					Variables.createVariables().putValue("priorViolations", prior).putValue("hasLicence", hasLicence))
				.getFirstResult();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
