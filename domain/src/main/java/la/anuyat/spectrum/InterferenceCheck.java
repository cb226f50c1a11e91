package la.anuyat.spectrum;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The interference check of a proposed station against active assignments. A candidate is
 * an assignment within the search distance whose channel is the same (the two emissions
 * overlap) or within the adjacent-channel table of {@link SpectrumRules}. For each
 * candidate, in both directions:
 *
 * <pre>
 * L   = 32.45 + 20·log10(f/MHz) + 20·log10(d/km)      free-space loss, ITU-R P.525
 * I   = EIRP(tx) − L + G(rx) − ACR(offset)             dBm
 * N   = −174 + 10·log10(B(rx)/Hz) + NF                 dBm
 * I/N = I − N, margin = threshold − I/N                dB
 * </pre>
 *
 * and the worse direction is kept; a negative margin is a conflict.
 */
public final class InterferenceCheck {

	private final SpectrumRules rules;

	public InterferenceCheck(SpectrumRules rules) {
		this.rules = rules;
	}

	public double searchDistanceKm(ProposedStation proposed) {
		return this.rules.searchDistanceKm(proposed.service(), proposed.centreFrequencyMhz());
	}

	/** The candidates among the assignments, worst first. */
	public List<Interference> against(ProposedStation proposed, List<Assignment> assignments) {
		double searchKm = searchDistanceKm(proposed);
		List<Interference> found = new ArrayList<>();
		for (Assignment assignment : assignments) {
			if (!assignment.isActive()) {
				continue;
			}
			double distanceKm = RadioPropagation.greatCircleKm(proposed.latitude(), proposed.longitude(),
					assignment.getLatitude(), assignment.getLongitude());
			if (distanceKm > searchKm) {
				continue;
			}
			int offset = channelOffset(proposed.centreFrequencyMhz(), proposed.bandwidthKhz(),
					assignment.getCentreFrequencyMhz(), assignment.getBandwidthKhz());
			Optional<Double> rejection = this.rules.rejectionDb(offset);
			if (rejection.isEmpty()) {
				continue;
			}
			Interference into = compute(Interference.Direction.INTO_ASSIGNMENT, assignment, distanceKm, offset,
					rejection.get(), proposed.eirpDbm(), proposed.centreFrequencyMhz(), assignment.getAntennaGainDbi(),
					assignment.getBandwidthKhz(), proposed.centreFrequencyMhz());
			Interference from = compute(Interference.Direction.FROM_ASSIGNMENT, assignment, distanceKm, offset,
					rejection.get(), assignment.eirpDbm(), assignment.getCentreFrequencyMhz(),
					proposed.receiverGainDbi(), proposed.bandwidthKhz(), proposed.centreFrequencyMhz());
			found.add((from.interferenceToNoiseDb() > into.interferenceToNoiseDb()) ? from : into);
		}
		found.sort(Comparator.comparingDouble(Interference::marginDb));
		return found;
	}

	/**
	 * How many channels apart two emissions are: 0 when they overlap (the separation of
	 * their centres is less than half the sum of their bandwidths), else the separation
	 * in units of the wider channel, at least 1.
	 */
	static int channelOffset(double centre1Mhz, double bandwidth1Khz, double centre2Mhz, double bandwidth2Khz) {
		double separationMhz = Math.abs(centre1Mhz - centre2Mhz);
		double halfSumMhz = (bandwidth1Khz + bandwidth2Khz) / 2 / 1000;
		if (separationMhz < halfSumMhz - 1e-9) {
			return 0;
		}
		double channelMhz = Math.max(bandwidth1Khz, bandwidth2Khz) / 1000;
		return (int) Math.max(1, Math.round(separationMhz / channelMhz));
	}

	private Interference compute(Interference.Direction direction, Assignment assignment, double distanceKm, int offset,
			double rejectionDb, double eirpDbm, double frequencyMhz, double receiverGainDbi, double victimBandwidthKhz,
			double proposedMhz) {
		double pathLossDb = RadioPropagation.freeSpaceLossDb(frequencyMhz, distanceKm);
		double interferenceDbm = eirpDbm - pathLossDb + receiverGainDbi - rejectionDb;
		double noiseDbm = RadioPropagation.noiseDbm(victimBandwidthKhz * 1000, this.rules.noiseFigureDb());
		double iOverN = interferenceDbm - noiseDbm;
		return new Interference(assignment, direction, distanceKm,
				Math.abs(proposedMhz - assignment.getCentreFrequencyMhz()), offset, rejectionDb, pathLossDb,
				interferenceDbm, noiseDbm, iOverN, this.rules.interferenceToNoiseThresholdDb() - iOverN);
	}

}
