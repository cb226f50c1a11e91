package la.anuyat.inspection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rule that turns the register into an annual plan. The sector plan asks that every
 * ICT business be inspected at least once a year, and the provincial decisions add postal
 * operators, SIM dealers and frequency use: so every subject in force with an inspection
 * type gets one inspection per type, the highest risk first. A company holding two
 * licences inspected with the same checklist is visited once, at the higher risk. The
 * inspections are spread evenly over the months left in the year, the riskiest in the
 * first month.
 */
public final class AnnualPlanning {

	private AnnualPlanning() {
	}

	/**
	 * @param register every subject the authority supervises, in force or not
	 * @param firstMonth the first month still open (1 for a plan made before the year)
	 * @param provincial whether the plan is a province's: its frequency-use inspections
	 * are then joint with the ministry
	 * @return the plan's inspections, riskiest first
	 */
	public static List<Planned> plan(List<PlanCandidate> register, InspectionRules rules, int firstMonth,
			boolean provincial) {
		if (firstMonth < 1 || firstMonth > 12) {
			throw new IllegalArgumentException("No month " + firstMonth);
		}
		Map<String, Planned> bySubject = new LinkedHashMap<>();
		for (PlanCandidate candidate : register) {
			if (!candidate.active()) {
				continue;
			}
			Optional<InspectionType> type = rules.typeFor(candidate.licenceType());
			if (type.isEmpty()) {
				continue;
			}
			int risk = rules.riskScore(candidate.riskFacts());
			String key = ((candidate.companyId() != null) ? "company:" + candidate.companyId()
					: candidate.kind() + ":" + candidate.subjectRef()) + "/" + type.get();
			Planned known = bySubject.get(key);
			if (known == null || known.riskScore() < risk) {
				bySubject.put(key, new Planned(candidate, type.get(), risk, 0,
						provincial && type.get() == InspectionType.FREQUENCY_USE));
			}
		}
		List<Planned> ordered = new ArrayList<>(bySubject.values());
		ordered.sort(Comparator.comparingInt(Planned::riskScore)
			.reversed()
			.thenComparing((planned) -> planned.candidate().nameLo())
			.thenComparing((planned) -> planned.candidate().subjectRef()));
		int months = 13 - firstMonth;
		List<Planned> plan = new ArrayList<>(ordered.size());
		for (int i = 0; i < ordered.size(); i++) {
			Planned planned = ordered.get(i);
			int month = firstMonth + (int) ((long) i * months / ordered.size());
			plan.add(new Planned(planned.candidate(), planned.type(), planned.riskScore(), month, planned.joint()));
		}
		return plan;
	}

	/**
	 * One inspection of the plan.
	 *
	 * @param month the planned month, 1 to 12
	 * @param joint whether it is done with the ministry
	 */
	public record Planned(PlanCandidate candidate, InspectionType type, int riskScore, int month, boolean joint) {
	}

}
