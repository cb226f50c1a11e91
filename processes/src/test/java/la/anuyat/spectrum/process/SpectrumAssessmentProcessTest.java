package la.anuyat.spectrum.process;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import la.anuyat.casefile.CaseEvent;
import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.CaseFileService;
import la.anuyat.casefile.CaseStatus;
import la.anuyat.casefile.workflow.CaseWorkflow;
import la.anuyat.casefile.workflow.WorkItem;
import la.anuyat.casefile.workflow.WorkflowFixtures;
import la.anuyat.identity.Actor;
import la.anuyat.identity.Role;
import la.anuyat.licence.Licence;
import la.anuyat.licence.LicenceApplications;
import la.anuyat.licence.LicenceService;
import la.anuyat.payment.Invoice;
import la.anuyat.payment.PaymentService;
import la.anuyat.shared.ConflictException;
import la.anuyat.shared.InvalidInputException;
import la.anuyat.spectrum.Assignment;
import la.anuyat.spectrum.AssignmentDetails;
import la.anuyat.spectrum.AssignmentStatus;
import la.anuyat.spectrum.AssessmentReport;
import la.anuyat.spectrum.BandPlanFit;
import la.anuyat.spectrum.CoordinationOutcome;
import la.anuyat.spectrum.Polarisation;
import la.anuyat.spectrum.RadioService;
import la.anuyat.spectrum.ReviewOutcome;
import la.anuyat.spectrum.SpectrumAssessment;
import la.anuyat.spectrum.SpectrumConflict;
import la.anuyat.spectrum.SpectrumLicensing;
import la.anuyat.spectrum.SpectrumService;
import la.anuyat.spectrum.Station;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The technical assessment of a radio frequency licence (spectrum-assessment.bpmn, called
 * by the licence application because the SPECTRUM type's catalogue row names it): the
 * band-plan, interference and border checks keep their report on the case, a request
 * outside the band plan is refused, the engineer reviews, a station near the border is
 * coordinated with the neighbours, and on issue the assignment joins the register, where
 * later applications meet it. Each test uses its own channel, so the register the tests
 * share does not couple them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
class SpectrumAssessmentProcessTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private static final String CHECK = "userTask_checkCompleteness";

	private static final String REVIEW = "userTask_reviewSpectrum";

	private static final String COORDINATE = "userTask_coordinateCrossBorder";

	private static final String STUDY = "userTask_studyApplication";

	private static final String DECIDE = "userTask_decideApplication";

	/** Vang Vieng: 83 km from the nearest border. */
	private static final double FAR_LAT = 18.90;

	private static final double FAR_LON = 102.45;

	/** Vientiane, on the Mekong: 4 km from the border with Thailand. */
	private static final double NEAR_LAT = 17.9757;

	private static final double NEAR_LON = 102.6331;

	@Autowired
	private CaseWorkflow workflow;

	@Autowired
	private WorkflowFixtures fixtures;

	@Autowired
	private LicenceApplications applications;

	@Autowired
	private CaseFileService caseFiles;

	@Autowired
	private SpectrumLicensing licensing;

	@Autowired
	private SpectrumService spectrum;

	@Autowired
	private LicenceService licences;

	@Autowired
	private PaymentService payments;

	private Actor engineer;

	private Actor leader;

	@BeforeEach
	void setUp() {
		this.engineer = this.fixtures.staff("officer.mtc", Role.SECTION_OFFICER, "MTC", null);
		this.leader = this.fixtures.staff("leader.mtc", Role.LEADERSHIP, "MTC", null);
	}

	@Test
	void flagsAConflictNamingTheAssignmentItsDistanceAndMarginAndTheEngineerAcceptsItOnlyWithAJustification() {
		String existing = registered("Vang Vieng taxi base", FAR_LAT, FAR_LON, 151.1125);
		CaseFile caseFile = submitted(this.fixtures.newApplicant("VTE"), "Vang Vieng hotel radio", 18.92, 102.46,
				151.1125, "MOBILE");
		completeTask(this.engineer, caseFile, CHECK, "complete", null);

		SpectrumAssessment report = this.licensing.assessmentOf(caseFile.getId()).orElseThrow();
		assertThat(report.getVerdict()).isEqualTo(AssessmentReport.Verdict.CONFLICTS);
		assertThat(report.getBandPlanOutcome()).isEqualTo(BandPlanFit.Outcome.FITS);
		assertThat(report.band().en()).isEqualTo("VHF land mobile");
		assertThat(report.getConflicts()).hasSize(1);
		SpectrumConflict conflict = report.getConflicts().get(0);
		assertThat(conflict.getAssignmentReference()).isEqualTo(existing);
		assertThat(conflict.getDistanceKm()).as("haversine, 0.02° N and 0.01° E at 18.9° N")
			.isCloseTo(haversineKm(FAR_LAT, FAR_LON, 18.92, 102.46), within(0.05));
		assertThat(conflict.getFrequencySeparationMhz()).isZero();
		assertThat(conflict.getMarginDb()).as("co-channel, 2.4 km apart: far above I/N = -6 dB").isLessThan(-50);
		assertThat(conflict.getMarginDb()).isCloseTo(report.getThresholdDb() - conflict.getInterferenceToNoiseDb(),
				within(1e-9));
		assertThat(report.isCoordinationRequired()).isFalse();
		assertThat(report.getBorderDistanceKm()).isGreaterThan(30);
		assertThat(historyOf(caseFile))
			.anySatisfy((event) -> assertThat(event.getDescriptionEn()).isEqualTo("Conflicts with 1 assignment(s); "
					+ String.format(java.util.Locale.ROOT, "%.1f", report.getBorderDistanceKm())
					+ " km from the border"));
		// the engineer's task is the ministry's, where the routing table sends
		// frequencies
		assertThat(this.workflow.tasksOfCase(this.engineer, caseFile.getCaseNumber()))
			.extracting(WorkItem::authorityCode)
			.containsOnly("MTC");

		assertThatThrownBy(() -> completeTask(this.engineer, caseFile, REVIEW, "no-conflict", null))
			.isInstanceOfSatisfying(ConflictException.class,
					(ex) -> assertThat(ex.text().en()).contains("written justification"));
		assertThatThrownBy(() -> completeTask(this.engineer, caseFile, REVIEW, "accept-conflicts", " "))
			.isInstanceOf(InvalidInputException.class);
		assertThat(openTaskKeys(caseFile)).containsExactly(REVIEW);

		completeTask(this.engineer, caseFile, REVIEW, "accept-conflicts",
				"A hill between the two sites; the taxi co-operative agreed to share the channel.");
		SpectrumAssessment reviewed = this.licensing.assessmentOf(caseFile.getId()).orElseThrow();
		assertThat(reviewed.getReviewOutcome()).isEqualTo(ReviewOutcome.CONFLICTS_ACCEPTED);
		assertThat(reviewed.getReviewJustification()).startsWith("A hill between");
		assertThat(reviewed.getReviewedBy()).isEqualTo("officer.mtc");
		assertThat(openTaskKeys(caseFile)).as("far from the border: straight to review and decide")
			.containsExactly(STUDY);
	}

	@Test
	void aRequestClearOfEveryAssignmentIsNotFlagged() {
		registered("Phonsavan dispatch", 19.45, 103.2, 152.0125);
		// the same channel 150 km away, and another channel on the same site
		CaseFile caseFile = submitted(this.fixtures.newApplicant("VTE"), "Oudomxay bus station", 20.5, 102.5, 152.0125,
				"MOBILE");
		CaseFile sameSite = submitted(this.fixtures.newApplicant("VTE"), "Phonsavan market radio", 19.45, 103.2,
				152.3125, "MOBILE");
		for (CaseFile clear : List.of(caseFile, sameSite)) {
			completeTask(this.engineer, clear, CHECK, "complete", null);
			SpectrumAssessment report = this.licensing.assessmentOf(clear.getId()).orElseThrow();
			assertThat(report.getVerdict()).isEqualTo(AssessmentReport.Verdict.CLEAR);
			assertThat(report.getConflicts()).isEmpty();
			completeTask(this.engineer, clear, REVIEW, "no-conflict", null);
			assertThat(openTaskKeys(clear)).containsExactly(STUDY);
		}
	}

	@Test
	void aRequestOutsideTheBandPlanIsRefusedByTheBandPlanCheckWithItsReason() {
		// 138 MHz lies between the aeronautical band (to 137 MHz) and 146 MHz: no band
		CaseFile caseFile = submitted(this.fixtures.newApplicant("VTE"), "Out of band", FAR_LAT, FAR_LON, 138.0,
				"MOBILE");
		completeTask(this.engineer, caseFile, CHECK, "complete", null);

		SpectrumAssessment report = this.licensing.assessmentOf(caseFile.getId()).orElseThrow();
		assertThat(report.getVerdict()).isEqualTo(AssessmentReport.Verdict.OUTSIDE_BAND_PLAN);
		assertThat(report.getBandPlanOutcome()).isEqualTo(BandPlanFit.Outcome.NO_ALLOCATION);
		CaseFile refused = this.caseFiles.caseById(caseFile.getId());
		assertThat(refused.getStatus()).isEqualTo(CaseStatus.REJECTED);
		assertThat(openTaskKeys(caseFile)).as("no engineer, no review: the band plan refuses it").isEmpty();
		assertThat(historyOf(caseFile)).anySatisfy((event) -> {
			assertThat(event.getType()).isEqualTo("case.rejected");
			assertThat(event.getDescriptionEn()).contains("does not fit the frequency allocation table",
					report.bandPlanReason().en());
			assertThat(event.getDescriptionLo()).contains("ບໍ່ສອດຄ່ອງກັບຕາຕະລາງ");
		});
		assertThat(this.fixtures.licenceIssuedBy(refused)).isNull();
	}

	@Test
	void aStationNearTheBorderGetsCrossBorderCoordinationAndAnObjectionRefusesIt() {
		CaseFile agreed = submitted(this.fixtures.newApplicant("VTE"), "Riverside hotel radio", NEAR_LAT, NEAR_LON,
				153.1125, "MOBILE");
		completeTask(this.engineer, agreed, CHECK, "complete", null);
		SpectrumAssessment report = this.licensing.assessmentOf(agreed.getId()).orElseThrow();
		assertThat(report.isCoordinationRequired()).isTrue();
		assertThat(report.getBorderDistanceKm()).isLessThan(report.getCoordinationDistanceKm());
		completeTask(this.engineer, agreed, REVIEW, "no-conflict", null);
		assertThat(openTaskKeys(agreed)).containsExactly(COORDINATE);

		assertThatThrownBy(() -> completeTask(this.engineer, agreed, COORDINATE, "agreed", null))
			.as("the administrations and the reference come first")
			.isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> this.licensing.recordCoordination(this.engineer, agreed.getId(), " ", ""))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.text().en()).contains("coordination details are incomplete"));
		this.licensing.recordCoordination(this.engineer, agreed.getId(), "Thailand (NBTC)", "NBTC-LA-2026-014");
		completeTask(this.engineer, agreed, COORDINATE, "agreed", null);
		SpectrumAssessment coordinated = this.licensing.assessmentOf(agreed.getId()).orElseThrow();
		assertThat(coordinated.getCoordinationOutcome()).isEqualTo(CoordinationOutcome.AGREED);
		assertThat(coordinated.getCoordinationReference()).isEqualTo("NBTC-LA-2026-014");
		assertThat(openTaskKeys(agreed)).containsExactly(STUDY);

		CaseFile objected = submitted(this.fixtures.newApplicant("VTE"), "Riverside port radio", NEAR_LAT + 0.005,
				NEAR_LON, 153.4125, "MOBILE");
		completeTask(this.engineer, objected, CHECK, "complete", null);
		completeTask(this.engineer, objected, REVIEW, "no-conflict", null);
		this.licensing.recordCoordination(this.engineer, objected.getId(), "Thailand (NBTC)", "NBTC-LA-2026-015");
		assertThatThrownBy(() -> completeTask(this.engineer, objected, COORDINATE, "objected", null))
			.isInstanceOf(InvalidInputException.class);
		completeTask(this.engineer, objected, COORDINATE, "objected", "Co-channel with a Nong Khai station.");
		assertThat(this.caseFiles.caseById(objected.getId()).getStatus()).isEqualTo(CaseStatus.REJECTED);
		assertThat(openTaskKeys(objected)).isEmpty();
		assertThat(historyOf(objected)).anySatisfy((event) -> assertThat(event.getDescriptionEn())
			.contains("Objected to by the neighbouring administration(s) (Thailand (NBTC))", "Nong Khai"));
	}

	@Test
	void theEngineerMayRefuseWithReasonsAndTheApplicationEndsRefused() {
		CaseFile caseFile = submitted(this.fixtures.newApplicant("VTE"), "Unwanted link", FAR_LAT, FAR_LON + 0.05,
				154.6125, "MOBILE");
		completeTask(this.engineer, caseFile, CHECK, "complete", null);
		completeTask(this.engineer, caseFile, REVIEW, "refuse", "The channel is reserved for public safety.");
		assertThat(this.caseFiles.caseById(caseFile.getId()).getStatus()).isEqualTo(CaseStatus.REJECTED);
		assertThat(openTaskKeys(caseFile)).isEmpty();
	}

	@Test
	void onIssueTheAssignmentJoinsTheRegisterAndASecondApplicationOnTheChannelNowConflictsWithIt() {
		Actor applicant = this.fixtures.newApplicant("VTE");
		CaseFile first = submitted(applicant, "Phonsavan airport ground radio", 19.45, 103.17, 155.5125, "MOBILE");
		completeTask(this.engineer, first, CHECK, "complete", null);
		completeTask(this.engineer, first, REVIEW, "no-conflict", null);
		completeTask(this.engineer, first, STUDY, "recommend-approve", "Clear of every assignment.");
		completeTask(this.leader, first, DECIDE, "approve", "Approved.");

		Invoice invoice = this.payments.invoiceOfCase(applicant, first.getCaseNumber()).orElseThrow();
		assertThat(invoice.getAmountKip()).as("VHF, urban: 11 kHz × 20,000 kip, at least 500,000 kip a year")
			.isEqualTo(500_000L);
		this.fixtures.payFee(applicant, first);
		String licenceNumber = this.fixtures.licenceIssuedBy(this.caseFiles.caseById(first.getId()));
		assertThat(licenceNumber).isNotNull();
		Licence licence = this.licences.licence(licenceNumber).orElseThrow();

		Assignment assignment = this.spectrum.publicRegister("", "155.5-155.6", "")
			.stream()
			.filter((candidate) -> licenceNumber.equals(candidate.getLicenceNumber()))
			.findFirst()
			.orElseThrow();
		assertThat(assignment.getReference()).isEqualTo("SPA-" + licenceNumber);
		assertThat(assignment.getStatus()).isEqualTo(AssignmentStatus.ACTIVE);
		assertThat(assignment.getLicensee()).isEqualTo(licence.getHolderNameEn());
		assertThat(assignment.getValidUntil()).isEqualTo(licence.getValidUntil());
		assertThat(assignment.getValidUntil()).as("licence-validity.dmn: 12 months, the last day included")
			.isEqualTo(licence.getIssuedOn().plusMonths(12).minusDays(1));
		assertThat(assignment.getHolderCompanyId()).isEqualTo(first.getCompanyId());
		assertThat(assignment.getEmissionDesignator()).isEqualTo("11K0F3E");
		assertThat(this.licensing.frequenciesOf(first.getCompanyId())).extracting(Assignment::getReference)
			.containsExactly(assignment.getReference());
		assertThat(this.caseFiles.caseById(first.getId()).getReferences()).contains(assignment.getReference());

		CaseFile second = submitted(this.fixtures.newApplicant("VTE"), "Phonsavan hotel radio", 19.46, 103.18, 155.5125,
				"MOBILE");
		completeTask(this.engineer, second, CHECK, "complete", null);
		SpectrumAssessment report = this.licensing.assessmentOf(second.getId()).orElseThrow();
		assertThat(report.getVerdict()).isEqualTo(AssessmentReport.Verdict.CONFLICTS);
		assertThat(report.getConflicts()).extracting(SpectrumConflict::getAssignmentReference)
			.containsExactly(assignment.getReference());
	}

	@Test
	void refusesToSubmitAnEmissionDesignatorThatDisagreesWithTheBandwidth() {
		Actor applicant = this.fixtures.newApplicant("VTE");
		ObjectNode form = form("Odd emission", FAR_LAT, FAR_LON, 151.5, "MOBILE").put("emissionDesignator", "16K0F3E");
		CaseFile draft = this.applications.draftNew(applicant, "SPECTRUM", "VTE", form.toString());
		assertThatThrownBy(() -> this.workflow.submit(applicant, draft.getCaseNumber())).isInstanceOfSatisfying(
				InvalidInputException.class, (ex) -> assertThat(ex.fieldErrors()).anySatisfy((error) -> {
					assertThat(error.field()).isEqualTo("bandwidthKhz");
					assertThat(error.message().en()).contains("16");
				}));
		assertThat(this.caseFiles.caseById(draft.getId()).getStatus()).isEqualTo(CaseStatus.DRAFT);
	}

	private String registered(String name, double latitude, double longitude, double frequencyMhz) {
		String reference = "SPA-T-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
		this.spectrum.register(new AssignmentDetails(reference,
				new Station(name, latitude, longitude, 300, 30, null, 3, Polarisation.VERTICAL), RadioService.MOBILE,
				"VTE", frequencyMhz, 11, "11K0F3E", 25, 14.0, -110, 25, "Test Licensee", LocalDate.of(2026, 1, 1),
				LocalDate.of(2030, 12, 31), false));
		return reference;
	}

	private CaseFile submitted(Actor applicant, String station, double latitude, double longitude, double frequencyMhz,
			String service) {
		CaseFile draft = this.applications.draftNew(applicant, "SPECTRUM", "VTE",
				form(station, latitude, longitude, frequencyMhz, service).toString());
		return this.workflow.submit(applicant, draft.getCaseNumber());
	}

	private static ObjectNode form(String station, double latitude, double longitude, double frequencyMhz,
			String service) {
		return JSON.createObjectNode()
			.put("companyNameLo", "ບໍລິສັດ ທົດລອງ")
			.put("companyNameEn", "Test Company")
			.put("licenceType", "SPECTRUM")
			.put("stationName", station)
			.put("radioService", service)
			.put("latitude", latitude)
			.put("longitude", longitude)
			.put("siteElevationM", 300)
			.put("antennaHeightM", 25)
			.put("antennaGainDbi", 3)
			.put("polarisation", "VERTICAL")
			.put("centreFrequencyMhz", frequencyMhz)
			.put("bandwidthKhz", 11)
			.put("emissionDesignator", "11K0F3E")
			.put("powerW", 25)
			.put("receiverThresholdDbm", -110)
			.put("serviceAreaRadiusKm", 20)
			.put("areaClass", "urban");
	}

	private List<CaseEvent> historyOf(CaseFile caseFile) {
		return this.caseFiles.caseById(caseFile.getId()).getHistory();
	}

	private void completeTask(Actor actor, CaseFile caseFile, String taskKey, String outcome, String comment) {
		this.fixtures.completeTask(actor, caseFile.getCaseNumber(), taskKey, outcome, comment);
	}

	private List<String> openTaskKeys(CaseFile caseFile) {
		return this.workflow.openTasksOfCase(caseFile.getId()).stream().map(WorkItem::taskKey).toList();
	}

	/** Great-circle distance on a sphere of 6371 km, computed here on its own. */
	private static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
		double dLat = Math.toRadians(lat2 - lat1);
		double dLon = Math.toRadians(lon2 - lon1);
		double a = Math.pow(Math.sin(dLat / 2), 2)
				+ Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
		return 2 * 6371 * Math.asin(Math.sqrt(a));
	}

}
