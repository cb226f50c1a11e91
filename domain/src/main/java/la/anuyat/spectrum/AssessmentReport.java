package la.anuyat.spectrum;

import java.util.List;

/**
 * The technical assessment of one request: the band-plan fit and, when it fits, the
 * interference with active assignments. {@code conflicts} are the candidates whose I/N
 * exceeds the threshold, worst first; {@code candidates} counts every assignment that was
 * computed; {@code border} is where the station stands against Laos' border and whether
 * it needs cross-border coordination.
 */
public record AssessmentReport(Verdict verdict, ProposedStation proposed, BandPlanFit bandPlan, double searchDistanceKm,
		double thresholdDb, double noiseFigureDb, int candidates, List<Interference> conflicts, BorderCheck border) {

	public enum Verdict {

		/** Fits the band plan and conflicts with no assignment. */
		CLEAR,
		/** Fits the band plan but conflicts with at least one assignment. */
		CONFLICTS,
		/** Refused by the band-plan check; interference was not computed. */
		OUTSIDE_BAND_PLAN

	}

}
