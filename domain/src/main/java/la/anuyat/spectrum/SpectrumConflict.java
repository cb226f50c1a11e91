package la.anuyat.spectrum;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One assignment an application conflicts with, as the assessment found it: which
 * assignment, how far, how far apart in frequency, and by how much the threshold is
 * exceeded (a negative margin).
 */
@Embeddable
public class SpectrumConflict {

	@Column(name = "assignment_reference", nullable = false)
	private String assignmentReference;

	@Column(name = "station_name", nullable = false)
	private String stationName;

	@Column(name = "licensee", nullable = false)
	private String licensee;

	@Column(name = "confidential", nullable = false)
	private boolean confidential;

	@Enumerated(EnumType.STRING)
	@Column(name = "direction", nullable = false)
	private Interference.Direction direction;

	@Column(name = "distance_km", nullable = false)
	private double distanceKm;

	@Column(name = "frequency_separation_mhz", nullable = false)
	private double frequencySeparationMhz;

	@Column(name = "channel_offset", nullable = false)
	private int channelOffset;

	@Column(name = "interference_to_noise_db", nullable = false)
	private double interferenceToNoiseDb;

	@Column(name = "margin_db", nullable = false)
	private double marginDb;

	protected SpectrumConflict() {
	}

	SpectrumConflict(Interference interference) {
		Assignment assignment = interference.assignment();
		this.assignmentReference = assignment.getReference();
		this.stationName = assignment.getStationName();
		this.licensee = assignment.getLicensee();
		this.confidential = assignment.isConfidential();
		this.direction = interference.direction();
		this.distanceKm = interference.distanceKm();
		this.frequencySeparationMhz = interference.frequencySeparationMhz();
		this.channelOffset = interference.channelOffset();
		this.interferenceToNoiseDb = interference.interferenceToNoiseDb();
		this.marginDb = interference.marginDb();
	}

	public String getAssignmentReference() {
		return this.assignmentReference;
	}

	public String getStationName() {
		return this.stationName;
	}

	public String getLicensee() {
		return this.licensee;
	}

	public boolean isConfidential() {
		return this.confidential;
	}

	public Interference.Direction getDirection() {
		return this.direction;
	}

	public double getDistanceKm() {
		return this.distanceKm;
	}

	public double getFrequencySeparationMhz() {
		return this.frequencySeparationMhz;
	}

	public int getChannelOffset() {
		return this.channelOffset;
	}

	public double getInterferenceToNoiseDb() {
		return this.interferenceToNoiseDb;
	}

	public double getMarginDb() {
		return this.marginDb;
	}

}
