package la.anuyat.inspection.process.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import la.anuyat.inspection.AnnualPlanning;
import la.anuyat.inspection.AnnualPlanning.Planned;
import la.anuyat.inspection.InspectionRules.RiskFacts;
import la.anuyat.inspection.InspectionType;
import la.anuyat.inspection.PlanCandidate;
import la.anuyat.inspection.SubjectKind;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The annual plan generated from a register through the decision tables as an analyst
 * edits them: every active ICT licence holder is inspected once, riskiest first, with the
 * checklist of its licence type.
 */
class AnnualPlanningTest {

	private static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

	private static final Map<String, DmnDecision> DECISIONS = new HashMap<>();

	static {
		for (String file : List.of("/dmn/inspection-type.dmn", "/dmn/inspection-risk-weights.dmn")) {
			try (InputStream in = AnnualPlanningTest.class.getResourceAsStream(file)) {
				ENGINE.parseDecisions(in).forEach((decision) -> DECISIONS.put(decision.getKey(), decision));
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}
	}

	private final DecisionTableInspectionRules rules = new DecisionTableInspectionRules(
			(key, variables) -> ENGINE.evaluateDecisionTable(DECISIONS.get(key), variables));

	@Test
	void coversEveryActiveIctLicenceHolderOnceOrderedByRisk() {
		List<PlanCandidate> register = new ArrayList<>();
		register.add(licence("ICT-SHOP-1", 1L, "ICT-SHOP", true, 0, 0, 6));
		register.add(licence("ICT-ISP3-1", 2L, "ICT-ISP3", true, 0, 0, null));
		register.add(licence("ICT-DIST-1", 3L, "ICT-DIST", true, 4, 1, 30));
		register.add(licence("ICT-SOFT-1", 4L, "ICT-SOFT", true, 0, 0, 13));
		// the same company's second shop licence: one visit, at the higher risk
		register.add(licence("ICT-SHOP-2", 1L, "ICT-SHOP", true, 1, 0, 6));
		register.add(licence("ICT-SHOP-3", 5L, "ICT-SHOP", false, 5, 5, null));
		register.add(licence("NUM-1", 6L, "NUM", true, 0, 0, null));
		register.add(licence("POST-1", 7L, "POST", true, 0, 0, null));
		register.add(licence("SIM-1", 8L, "SIM", true, 0, 0, 2));
		register.add(new PlanCandidate(SubjectKind.ASSIGNMENT, "FA-VTE-1", null, "Radio Lao — Phonxay", null, "SPEC",
				true, 17.97, 102.6, 0, 0, null));

		List<Planned> plan = AnnualPlanning.plan(register, this.rules, 1, true);

		assertThat(plan).extracting((planned) -> planned.candidate().companyId())
			.as("every active holder once; not the lapsed licence, not the special number")
			.containsExactly(3L, null, 2L, 7L, 1L, 4L, 8L);
		assertThat(plan).extracting(Planned::riskScore).isSortedAccordingTo((a, b) -> b - a);
		assertThat(plan.get(0).riskScore()).as("4 complaints, 1 measure, 30 months, a distributor")
			.isEqualTo(30 + 15 + 20 + 10);
		assertThat(plan)
			.filteredOn((planned) -> planned.candidate().companyId() != null && planned.candidate().companyId() == 1L)
			.singleElement()
			.satisfies((planned) -> assertThat(planned.candidate().subjectRef()).isEqualTo("ICT-SHOP-2"));
		assertThat(plan).extracting(Planned::type)
			.containsExactly(InspectionType.EQUIPMENT_DEALER, InspectionType.FREQUENCY_USE, InspectionType.ISP,
					InspectionType.POSTAL_OPERATOR, InspectionType.ICT_SHOP, InspectionType.ICT_SHOP,
					InspectionType.SIM_DEALER);
		assertThat(plan).filteredOn(Planned::joint)
			.extracting(Planned::type)
			.containsExactly(InspectionType.FREQUENCY_USE);
		assertThat(plan).extracting(Planned::month).isSorted().allMatch((month) -> month >= 1 && month <= 12);
		assertThat(plan.get(0).month()).isEqualTo(1);
		assertThat(plan).extracting(Planned::riskScore)
			.as("never inspected weighs 25, a network 20, a dealer 10, a shop 5")
			.containsExactly(75, 45, 45, 35, 20, 15, 10);
	}

	@Test
	void spreadsAPlanMadeDuringTheYearOverTheMonthsLeft() {
		List<PlanCandidate> register = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			register.add(licence("ICT-SHOP-" + i, (long) i, "ICT-SHOP", true, 0, 0, null));
		}
		List<Planned> plan = AnnualPlanning.plan(register, this.rules, 9, false);
		assertThat(plan).hasSize(20);
		assertThat(plan).extracting(Planned::month).containsOnly(9, 10, 11, 12);
		assertThat(plan).noneMatch(Planned::joint);
	}

	@ParameterizedTest
	@CsvSource({ "ICT-SHOP, ICT_SHOP", "ICT-SOFT, ICT_SHOP", "ICT-CONS, ICT_SHOP", "ICT-ISP1, ISP", "ICT-ISP2, ISP",
			"ICT-ISP3, ISP", "ICT-IMP, EQUIPMENT_DEALER", "ICT-DIST, EQUIPMENT_DEALER", "ICT-INST, EQUIPMENT_DEALER",
			"SIM, SIM_DEALER", "POST, POSTAL_OPERATOR", "SPEC, FREQUENCY_USE" })
	void inspectsEveryIctPostalSimAndFrequencyTypeWithItsChecklist(String licenceType, InspectionType type) {
		assertThat(this.rules.typeFor(licenceType)).contains(type);
	}

	@Test
	void leavesSpecialNumbersOutOfThePlan() {
		assertThat(this.rules.typeFor("NUM")).isEmpty();
	}

	@Test
	void weighsNeverInspectedAboveInspectedLastYear() {
		assertThat(this.rules.riskScore(new RiskFacts("ICT-SHOP", 0, 0, null))).isEqualTo(25 + 5);
		assertThat(this.rules.riskScore(new RiskFacts("ICT-SHOP", 0, 0, 12))).isEqualTo(10 + 5);
		assertThat(this.rules.riskScore(new RiskFacts("ICT-SHOP", 0, 0, 3))).isEqualTo(5);
		assertThat(this.rules.riskScore(new RiskFacts("DRONE", 0, 0, 3))).isZero();
	}

	private static PlanCandidate licence(String number, Long companyId, String type, boolean active, int complaints,
			int measures, Integer months) {
		return new PlanCandidate(SubjectKind.LICENCE, number, companyId, "ບໍລິສັດ " + companyId, "Company " + companyId,
				type, active, null, null, complaints, measures, months);
	}

}
