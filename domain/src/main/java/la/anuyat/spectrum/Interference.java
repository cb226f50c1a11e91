package la.anuyat.spectrum;

/**
 * The computed interference between the proposed station and one assignment, in the worse
 * of the two directions. {@code marginDb} is the threshold minus I/N: negative when the
 * threshold is exceeded, which makes it a conflict.
 */
public record Interference(Assignment assignment, Direction direction, double distanceKm, double frequencySeparationMhz,
		int channelOffset, double rejectionDb, double pathLossDb, double interferenceDbm, double noiseDbm,
		double interferenceToNoiseDb, double marginDb) {

	public enum Direction {

		/** The proposed transmitter into the assignment's receiver. */
		INTO_ASSIGNMENT,
		/** The assignment's transmitter into the proposed receiver. */
		FROM_ASSIGNMENT

	}

	public boolean isConflict() {
		return this.marginDb < 0;
	}

}
