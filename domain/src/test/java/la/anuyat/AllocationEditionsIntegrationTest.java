package la.anuyat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import la.anuyat.audit.AuditEntry;
import la.anuyat.audit.AuditTrail;
import la.anuyat.identity.Actor;
import la.anuyat.identity.Role;
import la.anuyat.shared.ConflictException;
import la.anuyat.shared.ForbiddenException;
import la.anuyat.shared.InvalidInputException;
import la.anuyat.spectrum.AllocationCategory;
import la.anuyat.spectrum.AllocationEditions;
import la.anuyat.spectrum.AllocationTableEdition;
import la.anuyat.spectrum.AssessmentReport;
import la.anuyat.spectrum.AssessmentRequest;
import la.anuyat.spectrum.BandAllocation;
import la.anuyat.spectrum.BandChange;
import la.anuyat.spectrum.BandDraft;
import la.anuyat.spectrum.BandPlanFit;
import la.anuyat.spectrum.BorderGeometry;
import la.anuyat.spectrum.EditionSummary;
import la.anuyat.spectrum.RadioService;
import la.anuyat.spectrum.SpectrumRules;
import la.anuyat.spectrum.SpectrumService;
import la.anuyat.spectrum.internal.AllocationTableRepository;
import la.anuyat.spectrum.internal.AssignmentRepository;
import la.anuyat.spectrum.internal.BandAllocationRepository;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Editions of the allocation table on the Flyway schema: an administrator drafts one from
 * the edition in force (10 March 2026: the seeded LA-NFAT-2026), adds, changes and
 * removes bands, sees the changes, and puts it in force from 1 July 2026; the band-plan
 * check reads the old edition before that day and the new one from it. The same
 * configuration as {@link DomainServicesIntegrationTest}, so the two share one
 * application context.
 */
@SpringBootTest(classes = DomainTestApplication.class,
		properties = { "spring.datasource.url=jdbc:h2:mem:anuyat-domain;DB_CLOSE_DELAY=-1",
				"spring.jpa.hibernate.ddl-auto=validate", "spring.jpa.open-in-view=false",
				"anuyat.data-dir=target/test-data", "anuyat.public-base-url=https://anuyat.example.la",
				"anuyat.documents.max-size=2MB" })
@Import(DomainServicesIntegrationTest.FixedClock.class)
class AllocationEditionsIntegrationTest {

	static final Actor ADMIN = new Actor("admin", Role.ADMINISTRATOR, Actor.MINISTRY_CODE, null);

	static final String EDITION = "LA-NFAT-2026-R1";

	static final LocalDate IN_FORCE_FROM = LocalDate.of(2026, 7, 1);

	@Autowired
	AllocationEditions editions;

	@Autowired
	SpectrumService spectrum;

	@Autowired
	AuditTrail audit;

	@Autowired
	AllocationTableRepository tables;

	@Autowired
	BandAllocationRepository bands;

	@Autowired
	AssignmentRepository assignments;

	@Autowired
	SpectrumRules rules;

	@Autowired
	BorderGeometry border;

	@Test
	void draftsChangesAndPutsInForceANewEditionThatTheBandPlanCheckReadsFromItsDay() {
		AllocationTableEdition inForce = this.spectrum.allocationTable();
		assertThat(inForce.table().getEdition()).isEqualTo("LA-NFAT-2026");
		Actor officer = new Actor("officer.vte", Role.SECTION_OFFICER, "VTE", null);
		assertThatExceptionOfType(ForbiddenException.class)
			.isThrownBy(() -> this.editions.draft(officer, EDITION, "ສະບັບປັບປຸງ", "Revision"));

		// a draft can be discarded, and only one is open at a time
		this.editions.draft(ADMIN, "LA-NFAT-SCRATCH", "ຮ່າງ", "Scratch");
		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> this.editions.draft(ADMIN, EDITION, "ສະບັບປັບປຸງ", "Revision"))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("spectrum.draftOpen"));
		this.editions.discard(ADMIN, "LA-NFAT-SCRATCH");
		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> this.editions.draft(ADMIN, "LA-NFAT-2026", "ຊ້ຳ", "Taken"))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("spectrum.editionTaken"));

		AllocationTableEdition draft = this.editions.draft(ADMIN, EDITION,
				"ຕາຕະລາງການແບ່ງສັນຄື້ນຄວາມຖີ່ແຫ່ງຊາດ 2026 ສະບັບປັບປຸງ",
				"National frequency allocation table 2026, revised");
		assertThat(draft.table().isDraft()).isTrue();
		assertThat(draft.table().getBasedOn()).isEqualTo("LA-NFAT-2026");
		assertThat(draft.bands()).hasSameSizeAs(inForce.bands());
		assertThat(this.editions.changes(EDITION)).isEmpty();
		assertThat(this.editions.editions()).extracting(EditionSummary::edition, EditionSummary::standing)
			.contains(org.assertj.core.groups.Tuple.tuple(EDITION, EditionSummary.Standing.DRAFT),
					org.assertj.core.groups.Tuple.tuple("LA-NFAT-2026", EditionSummary.Standing.IN_FORCE));

		// bad rows are refused, naming the field
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.editions.addBand(ADMIN, EDITION, imt26(26000.0, 25000.0)))
			.satisfies((ex) -> assertThat(ex.fieldErrors()).extracting("field").containsExactly("upperMhz"));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.editions.addBand(ADMIN, EDITION, imt26(23000.0, 25000.0)))
			.satisfies((ex) -> assertThat(ex.fieldErrors().get(0).message().en()).contains("Fixed links 23 GHz"));

		BandAllocation added = this.editions.addBand(ADMIN, EDITION, imt26(24250.0, 27500.0));
		BandAllocation fm = band(draft, 98);
		BandDraft fmBroadcastingOnly = new BandDraft(fm.getLowerMhz(), fm.getUpperMhz(), fm.name().lo(), fm.name().en(),
				false, fm.footnote().lo(), fm.footnote().en(), fm.getSource(),
				List.of(new BandDraft.Service(RadioService.BROADCASTING, AllocationCategory.PRIMARY)));
		this.editions.changeBand(ADMIN, EDITION, fm.getId(), fmBroadcastingOnly);
		BandAllocation amateur = band(draft, 147);
		this.editions.removeBand(ADMIN, EDITION, amateur.getId());

		List<BandChange> changes = this.editions.changes(EDITION);
		assertThat(changes).extracting(BandChange::kind)
			.containsExactly(BandChange.Kind.CHANGED, BandChange.Kind.REMOVED, BandChange.Kind.ADDED);
		assertThat(changes.get(0).changed()).containsExactly("services");
		assertThat(changes.get(1).before().getLowerMhz()).isEqualTo(146);
		assertThat(changes.get(2).after().getId()).isEqualTo(added.getId());

		// the day: not in the past, not before the edition in force
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.editions.putInForce(ADMIN, EDITION, LocalDate.of(2026, 3, 9)));
		this.editions.putInForce(ADMIN, EDITION, IN_FORCE_FROM);
		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> this.editions.removeBand(ADMIN, EDITION, added.getId()))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("spectrum.editionInForce"));
		assertThat(this.editions.editions()).extracting(EditionSummary::edition, EditionSummary::standing)
			.contains(org.assertj.core.groups.Tuple.tuple(EDITION, EditionSummary.Standing.SCHEDULED));

		// today the old edition decides, and says so; from 1 July the new one
		AssessmentRequest imtRequest = new AssessmentRequest("26 GHz small cell", "MOBILE", 26000.0, 100000.0,
				"100MG7W", 17.9757, 102.6331, 30.0, 5.0, null, 20.0, null, -90.0);
		BandPlanFit today = this.spectrum.assess(imtRequest).bandPlan();
		assertThat(today.outcome()).isEqualTo(BandPlanFit.Outcome.NO_ALLOCATION);
		assertThat(today.edition()).isEqualTo("LA-NFAT-2026");
		assertThat(this.spectrum.allocationTableOn(IN_FORCE_FROM.minusDays(1)).table().getEdition())
			.isEqualTo("LA-NFAT-2026");
		assertThat(this.spectrum.allocationTableOn(IN_FORCE_FROM).table().getEdition()).isEqualTo(EDITION);
		SpectrumService inJuly = new SpectrumService(this.tables, this.bands, this.assignments, this.rules,
				Clock.fixed(IN_FORCE_FROM.atTime(9, 0).atZone(ZoneId.of("Asia/Vientiane")).toInstant(),
						ZoneId.of("Asia/Vientiane")),
				this.border);
		AssessmentReport july = inJuly.assess(imtRequest);
		assertThat(july.bandPlan().fits()).as(july.bandPlan().reason().en()).isTrue();
		assertThat(july.bandPlan().edition()).isEqualTo(EDITION);
		assertThat(inJuly
			.assess(new AssessmentRequest("Ham repeater", "AMATEUR", 147.0, 16.0, "16K0F3E", 17.9757, 102.6331, 30.0,
					5.0, null, 3.0, null, -110.0))
			.bandPlan()
			.outcome()).as("the amateur band is removed from 1 July").isEqualTo(BandPlanFit.Outcome.NO_ALLOCATION);
		// the earlier edition stays readable
		assertThat(this.editions.edition("LA-NFAT-2026").bands()).anyMatch((band) -> band.contains(147));

		assertThat(this.audit.entriesFor("allocationTable", EDITION)).extracting(AuditEntry::getAction)
			.containsExactly("allocationTable.drafted", "allocationTable.bandAdded", "allocationTable.bandChanged",
					"allocationTable.bandRemoved", "allocationTable.putInForce");
	}

	private static BandAllocation band(AllocationTableEdition edition, double mhz) {
		return edition.bands().stream().filter((band) -> band.contains(mhz)).findFirst().orElseThrow();
	}

	/** The 26 GHz IMT band (WRC-19), not in the seeded edition. */
	private static BandDraft imt26(double lower, double upper) {
		return new BandDraft(lower, upper, "IMT 26 GHz", "IMT 26 GHz", false, "LAO40: ສຳລັບລະບົບ IMT (5G).",
				"LAO40: identified for IMT (5G).",
				"ITU RR Art. 5, Region 3, 24.25-27.5 GHz; RR No. 5.532AB (IMT, WRC-19); 3GPP band n258",
				List.of(new BandDraft.Service(RadioService.MOBILE, AllocationCategory.PRIMARY),
						new BandDraft.Service(RadioService.FIXED, AllocationCategory.PRIMARY)));
	}

}
