package la.anuyat.spectrum;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import la.anuyat.shared.ConflictException;
import la.anuyat.shared.FieldError;
import la.anuyat.shared.LocalizedText;
import la.anuyat.shared.NotFoundException;
import la.anuyat.spectrum.internal.AllocationTableRepository;
import la.anuyat.spectrum.internal.AssignmentRepository;
import la.anuyat.spectrum.internal.BandAllocationRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The spectrum feature: the allocation table in force, the assignment register and its
 * public view, and the technical assessment of a request (band-plan fit, then
 * interference with active assignments).
 */
@Service
@Transactional(readOnly = true)
public class SpectrumService {

	private static final Pattern RANGE = Pattern.compile("(\\d+(?:\\.\\d+)?)-(\\d+(?:\\.\\d+)?)");

	/**
	 * km per degree of latitude (and of longitude at the equator), for the search box.
	 */
	private static final double KM_PER_DEGREE = 111.32;

	private final AllocationTableRepository tables;

	private final BandAllocationRepository bands;

	private final AssignmentRepository assignments;

	private final SpectrumRules rules;

	private final Clock clock;

	private final BorderGeometry border;

	public SpectrumService(AllocationTableRepository tables, BandAllocationRepository bands,
			AssignmentRepository assignments, SpectrumRules rules, Clock clock, BorderGeometry border) {
		this.border = border;
		this.tables = tables;
		this.bands = bands;
		this.assignments = assignments;
		this.rules = rules;
		this.clock = clock;
	}

	/** The edition of the allocation table in force today. */
	public AllocationTableEdition allocationTable() {
		return allocationTableOn(LocalDate.now(this.clock));
	}

	/**
	 * The edition in force on a day: the latest put in force whose day is not after it
	 * (drafts never are).
	 */
	public AllocationTableEdition allocationTableOn(LocalDate day) {
		AllocationTable table = this.tables
			.findFirstByStatusAndEffectiveFromLessThanEqualOrderByEffectiveFromDesc(AllocationTable.Status.IN_FORCE,
					day)
			.orElseThrow(() -> new NotFoundException("spectrum.noAllocationTable", LocalizedText
				.of("ບໍ່ມີຕາຕະລາງການແບ່ງສັນຄື້ນຄວາມຖີ່ທີ່ມີຜົນບັງຄັບໃຊ້", "No allocation table is in force")));
		return new AllocationTableEdition(table, this.bands.findByTableIdOrderByLowerMhz(table.getId()));
	}

	/**
	 * The public register: active assignments that are not confidential, found by text
	 * (station, licensee or reference), band ({@code 87.5-108} in MHz, or the id of a
	 * band of the table in force) and province code; every filter may be empty.
	 */
	public List<Assignment> publicRegister(String text, String band, String province) {
		double low = 0;
		double high = Double.MAX_VALUE;
		if (band != null && !band.isBlank()) {
			double[] edges = bandEdges(band.trim());
			low = edges[0];
			high = edges[1];
		}
		String like = (text == null || text.isBlank()) ? "%"
				: "%" + text.trim().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
		String provinceCode = (province == null) ? "" : province.trim().toUpperCase(Locale.ROOT);
		return this.assignments.publicRegister(like, low, high, provinceCode);
	}

	/**
	 * Checks a request: first the band plan; when it fits, the interference with every
	 * active assignment within the search distance.
	 * @throws la.anuyat.shared.InvalidInputException naming every field that is missing
	 * or wrong
	 */
	public AssessmentReport assess(AssessmentRequest request) {
		ProposedStation proposed = validated(request);
		AllocationTableEdition table = allocationTable();
		BandPlanFit fit = new BandPlanCheck(table.table().getEdition(), table.bands())
			.check(proposed.centreFrequencyMhz(), proposed.bandwidthKhz(), proposed.service());
		InterferenceCheck check = new InterferenceCheck(this.rules);
		double searchKm = check.searchDistanceKm(proposed);
		if (!fit.fits()) {
			return new AssessmentReport(AssessmentReport.Verdict.OUTSIDE_BAND_PLAN, proposed, fit, searchKm,
					this.rules.interferenceToNoiseThresholdDb(), this.rules.noiseFigureDb(), 0, List.of(),
					borderCheck(proposed.latitude(), proposed.longitude()));
		}
		List<Interference> candidates = check.against(proposed, nearby(proposed, searchKm));
		List<Interference> conflicts = candidates.stream().filter(Interference::isConflict).toList();
		return new AssessmentReport(
				conflicts.isEmpty() ? AssessmentReport.Verdict.CLEAR : AssessmentReport.Verdict.CONFLICTS, proposed,
				fit, searchKm, this.rules.interferenceToNoiseThresholdDb(), this.rules.noiseFigureDb(),
				candidates.size(), conflicts, borderCheck(proposed.latitude(), proposed.longitude()));
	}

	/**
	 * Where a station stands against Laos' border: distance, inside or not, and whether
	 * it needs cross-border coordination
	 * ({@code anuyat.spectrum.border-coordination-km}).
	 */
	public BorderCheck borderCheck(double latitude, double longitude) {
		return this.border.check(latitude, longitude, this.rules.borderCoordinationKm());
	}

	/** The country outline and provinces, for the map's base layer. */
	public BorderGeometry borderGeometry() {
		return this.border;
	}

	/**
	 * Adds an assignment to the register.
	 * @throws ConflictException when the reference is taken
	 */
	@Transactional
	public Assignment register(AssignmentDetails details) {
		Assignment assignment = Assignment.of(details);
		if (this.assignments.findByReference(assignment.getReference()).isPresent()) {
			throw new ConflictException("spectrum.referenceTaken",
					LocalizedText.of("ເລກອ້າງອີງ " + assignment.getReference() + " ມີແລ້ວ",
							"The reference " + assignment.getReference() + " is already taken"));
		}
		return this.assignments.save(assignment);
	}

	public Optional<Assignment> assignment(String reference) {
		return this.assignments.findByReference(reference);
	}

	/**
	 * Active assignments in the frequency window and the latitude/longitude box around
	 * the station; the exact tests follow in {@link InterferenceCheck}. An assignment can
	 * be a candidate only if its centre is less than (widest offset + 1) channels of the
	 * wider of the two emissions away.
	 */
	private List<Assignment> nearby(ProposedStation proposed, double searchKm) {
		Optional<SearchWindow> window = searchWindow(proposed, searchKm);
		if (window.isEmpty()) {
			return List.of();
		}
		SearchWindow w = window.get();
		return this.assignments.activeNear(w.lowMhz(), w.highMhz(), w.south(), w.north(), w.west(), w.east());
	}

	/**
	 * The pre-filter of a request as {@link #assess} applies it; empty when the request
	 * is invalid or the register holds no active assignment.
	 */
	public Optional<SearchWindow> searchWindow(AssessmentRequest request) {
		ProposedStation proposed = validated(request);
		return searchWindow(proposed, new InterferenceCheck(this.rules).searchDistanceKm(proposed));
	}

	/**
	 * The frequency window is narrowed in two steps, because one very wide emission (a
	 * 100 MHz IMT carrier) would otherwise widen the window of every narrow-band request:
	 * first with the widest active bandwidth of the whole register, then with the widest
	 * within that first window. Both are safe: an assignment of bandwidth b is a
	 * candidate only within (widest offset + 1) · max(b, own bandwidth) of the request's
	 * centre.
	 */
	private Optional<SearchWindow> searchWindow(ProposedStation proposed, double searchKm) {
		Double widestKhz = this.assignments.widestActiveBandwidthKhz();
		if (widestKhz == null) {
			return Optional.empty();
		}
		double centre = proposed.centreFrequencyMhz();
		int channels = this.rules.widestOffset() + 1;
		double windowMhz = channels * Math.max(widestKhz, proposed.bandwidthKhz()) / 1000;
		Double widestNearKhz = this.assignments.widestActiveBandwidthKhz(centre - windowMhz, centre + windowMhz);
		if (widestNearKhz == null) {
			return Optional.empty();
		}
		windowMhz = channels * Math.max(widestNearKhz, proposed.bandwidthKhz()) / 1000;
		double dLat = searchKm / KM_PER_DEGREE;
		double cos = Math.cos(Math.toRadians(proposed.latitude()));
		double dLon = (cos > 0.01) ? Math.min(180, searchKm / (KM_PER_DEGREE * cos)) : 180;
		return Optional
			.of(new SearchWindow(searchKm, centre - windowMhz, centre + windowMhz, proposed.latitude() - dLat,
					proposed.latitude() + dLat, proposed.longitude() - dLon, proposed.longitude() + dLon));
	}

	/**
	 * Checks that a request makes a station the assessment can check.
	 * @throws la.anuyat.shared.InvalidInputException naming every field that is missing
	 * or wrong
	 */
	public void validate(AssessmentRequest request) {
		validated(request);
	}

	private ProposedStation validated(AssessmentRequest request) {
		List<FieldError> errors = new ArrayList<>();
		RadioService service = null;
		if (request.service() == null || request.service().isBlank()) {
			errors.add(AssignmentChecks.required("service"));
		}
		else {
			try {
				service = RadioService.valueOf(request.service().trim().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				String known = Arrays.stream(RadioService.values()).map(Enum::name).collect(Collectors.joining(", "));
				errors.add(new FieldError("service", LocalizedText.of("ບໍ່ຮູ້ຈັກບໍລິການນີ້; ທີ່ຮັບ: " + known,
						"Unknown service; one of: " + known)));
			}
		}
		double frequency = number(errors, "frequencyMhz", request.frequencyMhz());
		double bandwidth = number(errors, "bandwidthKhz", request.bandwidthKhz());
		if (request.frequencyMhz() != null) {
			AssignmentChecks.positive(errors, "frequencyMhz", frequency);
		}
		if (request.bandwidthKhz() != null) {
			AssignmentChecks.positive(errors, "bandwidthKhz", bandwidth);
		}
		if (request.emissionDesignator() == null || request.emissionDesignator().isBlank()) {
			errors.add(AssignmentChecks.required("emissionDesignator"));
		}
		else {
			AssignmentChecks.emission(errors, request.emissionDesignator(), bandwidth);
		}
		double latitude = number(errors, "latitude", request.latitude());
		double longitude = number(errors, "longitude", request.longitude());
		if (request.latitude() != null && request.longitude() != null) {
			AssignmentChecks.position(errors, latitude, longitude);
		}
		double height = number(errors, "antennaHeightM", request.antennaHeightM());
		if (request.antennaHeightM() != null && height < 0) {
			errors.add(new FieldError("antennaHeightM",
					LocalizedText.of("ຄວາມສູງຂອງເສົາອາກາດຕ້ອງບໍ່ຕິດລົບ", "The antenna height must not be negative")));
		}
		double powerDbw = 0;
		if (request.powerW() == null && request.powerDbw() == null) {
			errors.add(AssignmentChecks.required("powerW"));
		}
		else if (request.powerW() != null) {
			powerDbw = (request.powerDbw() != null) ? request.powerDbw() : Power.dbw(request.powerW());
			AssignmentChecks.power(errors, request.powerW(), powerDbw);
		}
		else {
			powerDbw = request.powerDbw();
		}
		double gain = number(errors, "antennaGainDbi", request.antennaGainDbi());
		if (request.antennaGainDbi() != null && (gain < -20 || gain > 60)) {
			errors.add(new FieldError("antennaGainDbi",
					LocalizedText.of("ອັດຕາຂະຫຍາຍຂອງເສົາອາກາດຕ້ອງຢູ່ລະຫວ່າງ -20 ແລະ 60 dBi",
							"The antenna gain must lie between -20 and 60 dBi")));
		}
		if (!errors.isEmpty()) {
			throw AssignmentChecks.invalid(errors);
		}
		double receiverGain = (request.receiverGainDbi() != null) ? request.receiverGainDbi() : gain;
		String name = (request.stationName() == null || request.stationName().isBlank()) ? ""
				: request.stationName().trim();
		return new ProposedStation(name, service, latitude, longitude, height, frequency, bandwidth, powerDbw, gain,
				receiverGain, request.receiverThresholdDbm());
	}

	private static double number(List<FieldError> errors, String field, Double value) {
		if (value == null || value.isNaN() || value.isInfinite()) {
			errors.add(AssignmentChecks.required(field));
			return 0;
		}
		return value;
	}

	private double[] bandEdges(String band) {
		Matcher range = RANGE.matcher(band);
		if (range.matches()) {
			double low = Double.parseDouble(range.group(1));
			double high = Double.parseDouble(range.group(2));
			if (low < high) {
				return new double[] { low, high };
			}
		}
		else if (band.chars().allMatch(Character::isDigit)) {
			long id = Long.parseLong(band);
			Optional<BandAllocation> found = allocationTable().bands()
				.stream()
				.filter((candidate) -> candidate.getId() == id)
				.findFirst();
			if (found.isPresent()) {
				return new double[] { found.get().getLowerMhz(), found.get().getUpperMhz() };
			}
		}
		throw AssignmentChecks.invalid(List.of(new FieldError("band",
				LocalizedText.of("ແຖບຄວາມຖີ່ຕ້ອງຂຽນເປັນ MHz ເຊັ່ນ 87.5-108, ຫຼື ເປັນເລກແຖບຂອງຕາຕະລາງ",
						"The band must be a range in MHz such as 87.5-108, or the id of a band of the table"))));
	}

	/**
	 * The active frequency assignments of stations in a province: the frequency users its
	 * inspection plan covers.
	 */
	@Transactional(readOnly = true)
	public List<Assignment> activeAssignmentsIn(String province) {
		return this.assignments.findByProvinceAndStatusOrderByReference(province, AssignmentStatus.ACTIVE);
	}

}
