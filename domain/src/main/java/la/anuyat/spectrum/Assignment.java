package la.anuyat.spectrum;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import la.anuyat.shared.InvalidInputException;

/**
 * A frequency assignment in the register: one station on one frequency, licensed to one
 * holder for a period. Built only from details that pass {@link AssignmentChecks}, so the
 * emission designator, bandwidth and power of every stored assignment agree. A
 * confidential assignment (security services) is protected by the interference check but
 * never shown in the public register.
 */
@Entity
@Table(name = "spectrum_assignment")
public class Assignment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	@Column(name = "version", nullable = false)
	private long version;

	@Column(name = "reference", nullable = false)
	private String reference;

	@Column(name = "station_name", nullable = false)
	private String stationName;

	@Enumerated(EnumType.STRING)
	@Column(name = "service", nullable = false)
	private RadioService service;

	@Column(name = "province", nullable = false)
	private String province;

	@Column(name = "latitude", nullable = false)
	private double latitude;

	@Column(name = "longitude", nullable = false)
	private double longitude;

	@Column(name = "site_elevation_m", nullable = false)
	private double siteElevationM;

	@Column(name = "antenna_height_m", nullable = false)
	private double antennaHeightM;

	@Column(name = "azimuth_deg")
	private Double azimuthDeg;

	@Column(name = "antenna_gain_dbi", nullable = false)
	private double antennaGainDbi;

	@Enumerated(EnumType.STRING)
	@Column(name = "polarisation", nullable = false)
	private Polarisation polarisation;

	@Column(name = "centre_frequency_mhz", nullable = false)
	private double centreFrequencyMhz;

	@Column(name = "bandwidth_khz", nullable = false)
	private double bandwidthKhz;

	@Column(name = "emission_designator", nullable = false)
	private String emissionDesignator;

	@Column(name = "power_w", nullable = false)
	private double powerW;

	@Column(name = "power_dbw", nullable = false)
	private double powerDbw;

	@Column(name = "receiver_threshold_dbm", nullable = false)
	private double receiverThresholdDbm;

	@Column(name = "service_area_radius_km", nullable = false)
	private double serviceAreaRadiusKm;

	@Column(name = "licensee", nullable = false)
	private String licensee;

	@Column(name = "valid_from", nullable = false)
	private LocalDate validFrom;

	@Column(name = "valid_until", nullable = false)
	private LocalDate validUntil;

	@Enumerated(EnumType.STRING)
	@Column(name = "status", nullable = false)
	private AssignmentStatus status;

	@Column(name = "confidential", nullable = false)
	private boolean confidential;

	@Column(name = "holder_company_id")
	private Long holderCompanyId;

	@Column(name = "licence_number")
	private String licenceNumber;

	@Column(name = "case_id")
	private Long caseId;

	protected Assignment() {
	}

	/**
	 * A new active assignment.
	 * @throws InvalidInputException naming every field that breaks a rule
	 */
	public static Assignment of(AssignmentDetails details) {
		AssignmentChecks.require(details);
		Assignment assignment = new Assignment();
		Station station = details.station();
		assignment.reference = details.reference();
		assignment.stationName = station.name();
		assignment.service = details.service();
		assignment.province = details.province();
		assignment.latitude = station.latitude();
		assignment.longitude = station.longitude();
		assignment.siteElevationM = station.siteElevationM();
		assignment.antennaHeightM = station.antennaHeightM();
		assignment.azimuthDeg = station.azimuthDeg();
		assignment.antennaGainDbi = station.antennaGainDbi();
		assignment.polarisation = station.polarisation();
		assignment.centreFrequencyMhz = details.centreFrequencyMhz();
		assignment.bandwidthKhz = details.bandwidthKhz();
		assignment.emissionDesignator = details.emissionDesignator().trim();
		assignment.powerW = details.powerW();
		assignment.powerDbw = details.powerDbw();
		assignment.receiverThresholdDbm = details.receiverThresholdDbm();
		assignment.serviceAreaRadiusKm = details.serviceAreaRadiusKm();
		assignment.licensee = details.licensee();
		assignment.validFrom = details.validFrom();
		assignment.validUntil = details.validUntil();
		assignment.confidential = details.confidential();
		assignment.status = AssignmentStatus.ACTIVE;
		return assignment;
	}

	/**
	 * Effective isotropic radiated power in dBm: P(dBW) + 30 + G(dBi), feeder loss
	 * neglected.
	 */
	public double eirpDbm() {
		return this.powerDbw + 30 + this.antennaGainDbi;
	}

	public boolean isActive() {
		return this.status == AssignmentStatus.ACTIVE;
	}

	public Long getId() {
		return this.id;
	}

	public String getReference() {
		return this.reference;
	}

	public String getStationName() {
		return this.stationName;
	}

	public RadioService getService() {
		return this.service;
	}

	public String getProvince() {
		return this.province;
	}

	public double getLatitude() {
		return this.latitude;
	}

	public double getLongitude() {
		return this.longitude;
	}

	public double getSiteElevationM() {
		return this.siteElevationM;
	}

	public double getAntennaHeightM() {
		return this.antennaHeightM;
	}

	public Double getAzimuthDeg() {
		return this.azimuthDeg;
	}

	public double getAntennaGainDbi() {
		return this.antennaGainDbi;
	}

	public Polarisation getPolarisation() {
		return this.polarisation;
	}

	public double getCentreFrequencyMhz() {
		return this.centreFrequencyMhz;
	}

	public double getBandwidthKhz() {
		return this.bandwidthKhz;
	}

	public String getEmissionDesignator() {
		return this.emissionDesignator;
	}

	public double getPowerW() {
		return this.powerW;
	}

	public double getPowerDbw() {
		return this.powerDbw;
	}

	public double getReceiverThresholdDbm() {
		return this.receiverThresholdDbm;
	}

	public double getServiceAreaRadiusKm() {
		return this.serviceAreaRadiusKm;
	}

	public String getLicensee() {
		return this.licensee;
	}

	public LocalDate getValidFrom() {
		return this.validFrom;
	}

	public LocalDate getValidUntil() {
		return this.validUntil;
	}

	public AssignmentStatus getStatus() {
		return this.status;
	}

	public boolean isConfidential() {
		return this.confidential;
	}

	/**
	 * Ties the assignment to the licence that made it: its holder, its number and the
	 * application's case.
	 */
	void licensedBy(long companyId, String licenceNumber, long caseId) {
		this.holderCompanyId = companyId;
		this.licenceNumber = licenceNumber;
		this.caseId = caseId;
	}

	/** The company holding the licence that made it; none for a record taken over. */
	public Long getHolderCompanyId() {
		return this.holderCompanyId;
	}

	public String getLicenceNumber() {
		return this.licenceNumber;
	}

	public Long getCaseId() {
		return this.caseId;
	}

}
