package la.anuyat.spectrum.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import la.anuyat.identity.Actor;
import la.anuyat.identity.CurrentActor;
import la.anuyat.spectrum.AllocationTableEdition;
import la.anuyat.spectrum.AssessmentReport;
import la.anuyat.spectrum.AssessmentRequest;
import la.anuyat.spectrum.Assignment;
import la.anuyat.spectrum.BandAllocation;
import la.anuyat.spectrum.BandPlanFit;
import la.anuyat.spectrum.Interference;
import la.anuyat.spectrum.SpectrumService;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The national allocation table and the public assignment register (no sign-in), and the
 * technical assessment of a frequency request (signed in: an engineer, or an applicant
 * checking before applying).
 */
@RestController
@RequestMapping("/api/v1/spectrum")
@Tag(name = "Spectrum",
		description = "National frequency allocation table, public assignment register, technical assessment")
class SpectrumController {

	private final SpectrumService spectrum;

	private final CurrentActor currentActor;

	SpectrumController(SpectrumService spectrum, CurrentActor currentActor) {
		this.spectrum = spectrum;
		this.currentActor = currentActor;
	}

	@GetMapping("/allocations")
	@SecurityRequirements
	@Operation(summary = "The allocation table in force: bands (MHz, lower edge inclusive, upper exclusive), "
			+ "services (primary or secondary), national footnotes and sources")
	TableAnswer allocations(Locale locale) {
		AllocationTableEdition edition = this.spectrum.allocationTable();
		return new TableAnswer(edition.table().getEdition(), edition.table().getEffectiveFrom(),
				edition.table().title().in(locale), "lower <= f < upper",
				edition.bands().stream().map((band) -> BandAnswer.of(band, locale)).toList());
	}

	@GetMapping("/assignments")
	@SecurityRequirements
	@Operation(summary = "The public assignment register: active, non-confidential assignments by text "
			+ "(station, licensee, reference), band (e.g. 87.5-108 in MHz, or a band id) and province code")
	List<AssignmentAnswer> assignments(@RequestParam(name = "q", required = false) String q,
			@RequestParam(name = "band", required = false) String band,
			@RequestParam(name = "province", required = false) String province) {
		return this.spectrum.publicRegister(q, band, province).stream().map(AssignmentAnswer::of).toList();
	}

	@PostMapping("/assessments")
	@Operation(summary = "Technical assessment of a request: band-plan fit, then co- and adjacent-channel "
			+ "interference (free-space loss, I/N) with every active assignment within the search distance")
	AssessmentAnswer assess(@RequestBody AssessmentRequest request, Locale locale) {
		Actor actor = this.currentActor.actor();
		// an applicant learns that a confidential assignment is in the way, not whose or
		// where
		boolean withholdConfidential = actor == null || !actor.isStaff();
		return AssessmentAnswer.of(this.spectrum.assess(request), locale, withholdConfidential);
	}

	record TableAnswer(String edition, LocalDate effectiveFrom, String title, String edgeRule, List<BandAnswer> bands) {
	}

	record BandAnswer(long id, double lowerMhz, double upperMhz, String name, String nameLo, String nameEn,
			boolean licenceExempt, List<ServiceAnswer> services, String footnote, String footnoteLo, String footnoteEn,
			String source) {

		static BandAnswer of(BandAllocation band, Locale locale) {
			return new BandAnswer(band.getId(), band.getLowerMhz(), band.getUpperMhz(), band.name().in(locale),
					band.name().lo(), band.name().en(), band.isLicenceExempt(),
					band.getServices()
						.stream()
						.map((service) -> new ServiceAnswer(service.getService().name(), service.getCategory().name()))
						.toList(),
					band.footnote().in(locale), band.footnote().lo(), band.footnote().en(), band.getSource());
		}

	}

	record ServiceAnswer(String service, String category) {
	}

	record AssignmentAnswer(String reference, String stationName, String service, String province, double latitude,
			double longitude, double siteElevationM, double antennaHeightM, Double azimuthDeg, double antennaGainDbi,
			String polarisation, double centreFrequencyMhz, double bandwidthKhz, String emissionDesignator,
			double powerW, double powerDbw, double serviceAreaRadiusKm, String licensee, LocalDate validFrom,
			LocalDate validUntil, String status) {

		static AssignmentAnswer of(Assignment a) {
			return new AssignmentAnswer(a.getReference(), a.getStationName(), a.getService().name(), a.getProvince(),
					a.getLatitude(), a.getLongitude(), a.getSiteElevationM(), a.getAntennaHeightM(), a.getAzimuthDeg(),
					a.getAntennaGainDbi(), a.getPolarisation().name(), a.getCentreFrequencyMhz(), a.getBandwidthKhz(),
					a.getEmissionDesignator(), a.getPowerW(), a.getPowerDbw(), a.getServiceAreaRadiusKm(),
					a.getLicensee(), a.getValidFrom(), a.getValidUntil(), a.getStatus().name());
		}

	}

	record AssessmentAnswer(String verdict, BandPlanAnswer bandPlan, double searchDistanceKm,
			double interferenceToNoiseThresholdDb, double noiseFigureDb, double eirpDbm, int candidates,
			List<ConflictAnswer> conflicts, double borderDistanceKm, boolean insideLaos, double borderCoordinationKm,
			boolean coordinationRequired) {

		static AssessmentAnswer of(AssessmentReport report, Locale locale, boolean withholdConfidential) {
			return new AssessmentAnswer(report.verdict().name(), BandPlanAnswer.of(report.bandPlan(), locale),
					report.searchDistanceKm(), report.thresholdDb(), report.noiseFigureDb(),
					round(report.proposed().eirpDbm()), report.candidates(),
					report.conflicts()
						.stream()
						.map((conflict) -> ConflictAnswer.of(conflict, withholdConfidential))
						.toList(),
					round(report.border().distanceKm()), report.border().insideLaos(),
					report.border().coordinationDistanceKm(), report.border().coordinationRequired());
		}

	}

	/**
	 * {@code edition}: the edition of the allocation table the request was checked
	 * against.
	 */
	record BandPlanAnswer(boolean fits, String outcome, String reason, String reasonLo, String reasonEn,
			String category, BandAnswer band, String edition) {

		static BandPlanAnswer of(BandPlanFit fit, Locale locale) {
			return new BandPlanAnswer(fit.fits(), fit.outcome().name(), fit.reason().in(locale), fit.reason().lo(),
					fit.reason().en(), (fit.category() != null) ? fit.category().name() : null,
					(fit.band() != null) ? BandAnswer.of(fit.band(), locale) : null, fit.edition());
		}

	}

	/**
	 * One conflicting assignment. A confidential one keeps its reference and figures from
	 * an applicant but not its station, licensee or position.
	 */
	record ConflictAnswer(String reference, boolean confidential, String stationName, String licensee, Double latitude,
			Double longitude, double centreFrequencyMhz, String direction, double distanceKm,
			double frequencySeparationMhz, int channelOffset, double rejectionDb, double pathLossDb,
			double interferenceDbm, double noiseDbm, double interferenceToNoiseDb, double marginDb) {

		static ConflictAnswer of(Interference conflict, boolean withholdConfidential) {
			Assignment a = conflict.assignment();
			boolean withheld = withholdConfidential && a.isConfidential();
			return new ConflictAnswer(withheld ? "CONFIDENTIAL" : a.getReference(), a.isConfidential(),
					withheld ? null : a.getStationName(), withheld ? null : a.getLicensee(),
					withheld ? null : a.getLatitude(), withheld ? null : a.getLongitude(), a.getCentreFrequencyMhz(),
					conflict.direction().name(), round(conflict.distanceKm()),
					round(conflict.frequencySeparationMhz() * 1000) / 1000, conflict.channelOffset(),
					conflict.rejectionDb(), round(conflict.pathLossDb()), round(conflict.interferenceDbm()),
					round(conflict.noiseDbm()), round(conflict.interferenceToNoiseDb()), round(conflict.marginDb()));
		}

	}

	/** Figures to two decimals in the answer; the report itself keeps full precision. */
	private static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

}
