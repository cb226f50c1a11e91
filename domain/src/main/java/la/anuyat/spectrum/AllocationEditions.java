package la.anuyat.spectrum;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import la.anuyat.audit.AuditTrail;
import la.anuyat.identity.Actor;
import la.anuyat.identity.Role;
import la.anuyat.shared.ConflictException;
import la.anuyat.shared.FieldError;
import la.anuyat.shared.ForbiddenException;
import la.anuyat.shared.InvalidInputException;
import la.anuyat.shared.LocalizedText;
import la.anuyat.shared.NotFoundException;
import la.anuyat.spectrum.internal.AllocationTableRepository;
import la.anuyat.spectrum.internal.BandAllocationRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editions of the national frequency allocation table: an administrator drafts a new
 * edition from the one in force (one draft at a time), adds, changes and removes its
 * bands, compares it with the edition in force, and puts it in force from a day. The
 * band-plan check reads the edition in force on the day it runs; earlier editions stay
 * readable, so an assessment's edition can be looked up. Every change is audited.
 */
@Service
@Transactional(readOnly = true)
public class AllocationEditions {

	private static final String SUBJECT = "allocationTable";

	private final AllocationTableRepository tables;

	private final BandAllocationRepository bands;

	private final SpectrumService spectrum;

	private final AuditTrail audit;

	private final Clock clock;

	public AllocationEditions(AllocationTableRepository tables, BandAllocationRepository bands,
			SpectrumService spectrum, AuditTrail audit, Clock clock) {
		this.tables = tables;
		this.bands = bands;
		this.spectrum = spectrum;
		this.audit = audit;
		this.clock = clock;
	}

	/** Every edition, the draft first, then the latest day first. */
	public List<EditionSummary> editions() {
		LocalDate today = LocalDate.now(this.clock);
		Long inForce = this.tables
			.findFirstByStatusAndEffectiveFromLessThanEqualOrderByEffectiveFromDesc(AllocationTable.Status.IN_FORCE,
					today)
			.map(AllocationTable::getId)
			.orElse(null);
		return this.tables.findAll()
			.stream()
			.sorted(Comparator.comparing(AllocationTable::isDraft)
				.reversed()
				.thenComparing(AllocationTable::getEffectiveFrom, Comparator.nullsFirst(Comparator.reverseOrder())))
			.map((table) -> new EditionSummary(table, standing(table, inForce, today),
					this.bands.findByTableIdOrderByLowerMhz(table.getId()).size()))
			.toList();
	}

	/** One edition with its bands, whatever its standing. */
	public AllocationTableEdition edition(String code) {
		AllocationTable table = table(code);
		return new AllocationTableEdition(table, this.bands.findByTableIdOrderByLowerMhz(table.getId()));
	}

	/**
	 * Drafts a new edition as a copy of the edition in force.
	 * @throws ConflictException {@code spectrum.draftOpen} while another draft is open,
	 * {@code spectrum.editionTaken} when the code is taken
	 */
	@Transactional
	public AllocationTableEdition draft(Actor actor, String code, String titleLo, String titleEn) {
		requireAdministrator(actor);
		List<FieldError> errors = EditionRules.checkEdition(code, titleLo, titleEn);
		if (!errors.isEmpty()) {
			throw invalid(errors);
		}
		String edition = code.strip();
		this.tables.findByStatus(AllocationTable.Status.DRAFT).stream().findFirst().ifPresent((open) -> {
			throw new ConflictException("spectrum.draftOpen",
					LocalizedText.of(
							"ສະບັບຮ່າງ " + open.getEdition() + " ຍັງເປີດຢູ່: ໃຫ້ມີຜົນບັງຄັບໃຊ້ ຫຼື ຍົກເລີກກ່ອນ",
							"The draft " + open.getEdition() + " is still open: put it in force or discard it first"));
		});
		if (this.tables.findByEdition(edition).isPresent()) {
			throw new ConflictException("spectrum.editionTaken", LocalizedText.of("ລະຫັດສະບັບ " + edition + " ມີແລ້ວ",
					"The edition code " + edition + " is already taken"));
		}
		AllocationTableEdition current = this.spectrum.allocationTable();
		AllocationTable draft = this.tables.save(new AllocationTable(edition, titleLo.strip(), titleEn.strip(),
				current.table().getEdition(), actor.username(), LocalDateTime.now(this.clock)));
		List<BandAllocation> copies = current.bands().stream().map((band) -> band.copyInto(draft.getId())).toList();
		this.bands.saveAll(copies);
		this.audit.record(actor.username(), "allocationTable.drafted", SUBJECT, edition,
				"from " + current.table().getEdition() + ", " + copies.size() + " bands", null);
		return edition(edition);
	}

	/** Adds a band to the draft. */
	@Transactional
	public BandAllocation addBand(Actor actor, String code, BandDraft draft) {
		requireAdministrator(actor);
		AllocationTable table = draftTable(code);
		checked(draft, this.bands.findByTableIdOrderByLowerMhz(table.getId()));
		BandAllocation band = this.bands.save(new BandAllocation(table.getId(), draft));
		this.audit.record(actor.username(), "allocationTable.bandAdded", SUBJECT, table.getEdition(), describe(band),
				null);
		return band;
	}

	/** Changes a band of the draft: its edges, names, services, footnote or source. */
	@Transactional
	public BandAllocation changeBand(Actor actor, String code, long bandId, BandDraft draft) {
		requireAdministrator(actor);
		AllocationTable table = draftTable(code);
		BandAllocation band = band(table, bandId);
		String before = describe(band);
		checked(draft,
				this.bands.findByTableIdOrderByLowerMhz(table.getId())
					.stream()
					.filter((other) -> !other.getId().equals(bandId))
					.toList());
		band.revise(draft);
		this.audit.record(actor.username(), "allocationTable.bandChanged", SUBJECT, table.getEdition(),
				before + " → " + describe(band), null);
		return band;
	}

	/** Removes a band from the draft. */
	@Transactional
	public void removeBand(Actor actor, String code, long bandId) {
		requireAdministrator(actor);
		AllocationTable table = draftTable(code);
		BandAllocation band = band(table, bandId);
		this.bands.delete(band);
		this.audit.record(actor.username(), "allocationTable.bandRemoved", SUBJECT, table.getEdition(), describe(band),
				null);
	}

	/** Discards the draft and its bands. */
	@Transactional
	public void discard(Actor actor, String code) {
		requireAdministrator(actor);
		AllocationTable table = draftTable(code);
		this.bands.deleteAll(this.bands.findByTableIdOrderByLowerMhz(table.getId()));
		this.bands.flush();
		this.tables.delete(table);
		this.audit.record(actor.username(), "allocationTable.discarded", SUBJECT, table.getEdition(), null, null);
	}

	/**
	 * How an edition differs from the edition in force today, in frequency order.
	 */
	public List<BandChange> changes(String code) {
		AllocationTableEdition edition = edition(code);
		AllocationTableEdition current = this.spectrum.allocationTable();
		Map<String, BandAllocation> before = current.bands()
			.stream()
			.collect(Collectors.toMap(AllocationEditions::edges, Function.identity(), (a, b) -> a));
		Map<String, BandAllocation> after = edition.bands()
			.stream()
			.collect(Collectors.toMap(AllocationEditions::edges, Function.identity(), (a, b) -> a));
		List<BandChange> changes = new ArrayList<>();
		for (BandAllocation band : edition.bands()) {
			BandAllocation old = before.get(edges(band));
			if (old == null) {
				changes.add(new BandChange(BandChange.Kind.ADDED, null, band, List.of()));
			}
			else {
				List<String> changed = differences(old, band);
				if (!changed.isEmpty()) {
					changes.add(new BandChange(BandChange.Kind.CHANGED, old, band, changed));
				}
			}
		}
		for (BandAllocation band : current.bands()) {
			if (!after.containsKey(edges(band))) {
				changes.add(new BandChange(BandChange.Kind.REMOVED, band, null, List.of()));
			}
		}
		changes.sort(Comparator.comparingDouble((BandChange change) -> change.band().getLowerMhz())
			.thenComparing(BandChange::kind));
		return changes;
	}

	/**
	 * Puts the draft in force from a day: today or later, and after the day of every
	 * edition already put in force.
	 */
	@Transactional
	public AllocationTable putInForce(Actor actor, String code, LocalDate from) {
		requireAdministrator(actor);
		AllocationTable table = draftTable(code);
		if (from == null) {
			throw invalid(List.of(new FieldError("effectiveFrom",
					LocalizedText.of("ກະລຸນາລະບຸວັນທີມີຜົນບັງຄັບໃຊ້", "Give the day the edition is in force from"))));
		}
		LocalDate today = LocalDate.now(this.clock);
		if (from.isBefore(today)) {
			throw invalid(List.of(new FieldError("effectiveFrom", LocalizedText.of("ວັນທີມີຜົນບັງຄັບໃຊ້ຜ່ານໄປແລ້ວ",
					"The day is in the past: an edition is put in force from today or later"))));
		}
		this.tables.findFirstByStatusOrderByEffectiveFromDesc(AllocationTable.Status.IN_FORCE)
			.filter((latest) -> !from.isAfter(latest.getEffectiveFrom()))
			.ifPresent((latest) -> {
				throw new ConflictException("spectrum.editionDayTaken",
						LocalizedText.of(
								"ສະບັບ " + latest.getEdition() + " ມີຜົນບັງຄັບໃຊ້ແຕ່ " + latest.getEffectiveFrom()
										+ ": ສະບັບໃໝ່ຕ້ອງມີຜົນຫຼັງຈາກນັ້ນ",
								"The edition " + latest.getEdition() + " is in force from " + latest.getEffectiveFrom()
										+ ": a new edition takes effect after that day"));
			});
		if (this.bands.findByTableIdOrderByLowerMhz(table.getId()).isEmpty()) {
			throw new ConflictException("spectrum.editionEmpty",
					LocalizedText.of("ສະບັບນີ້ບໍ່ມີແຖບຄວາມຖີ່", "The edition has no band"));
		}
		int changes = changes(code).size();
		table.putInForce(from, actor.username(), LocalDateTime.now(this.clock));
		this.audit.record(actor.username(), "allocationTable.putInForce", SUBJECT, table.getEdition(),
				"from " + from + ", " + changes + " bands changed against " + table.getBasedOn(), null);
		return table;
	}

	public static boolean mayEdit(Actor actor) {
		return actor != null && actor.role() == Role.ADMINISTRATOR;
	}

	private static void requireAdministrator(Actor actor) {
		if (!mayEdit(actor)) {
			throw new ForbiddenException("spectrum.administratorOnly",
					LocalizedText.of("ສະເພາະຜູ້ບໍລິຫານລະບົບແກ້ໄຂຕາຕະລາງການແບ່ງສັນຄື້ນຄວາມຖີ່",
							"Only an administrator edits the allocation table"));
		}
	}

	private static void checked(BandDraft draft, List<BandAllocation> others) {
		if (draft == null) {
			throw invalid(List.of(new FieldError("band", LocalizedText.of("ບໍ່ມີຂໍ້ມູນແຖບ", "No band was sent"))));
		}
		List<FieldError> errors = EditionRules.check(draft, others);
		if (!errors.isEmpty()) {
			throw invalid(errors);
		}
	}

	private static InvalidInputException invalid(List<FieldError> errors) {
		return new InvalidInputException("spectrum.bandInvalid",
				LocalizedText.of("ກະລຸນາແກ້ໄຂຂໍ້ມູນທີ່ໝາຍໄວ້", "Correct the fields marked"), errors);
	}

	private AllocationTable table(String code) {
		return this.tables.findByEdition((code == null) ? "" : code.strip())
			.orElseThrow(() -> new NotFoundException("spectrum.noSuchEdition",
					LocalizedText.of("ບໍ່ມີສະບັບ " + code, "No edition " + code + " of the allocation table")));
	}

	private AllocationTable draftTable(String code) {
		AllocationTable table = table(code);
		table.requireDraft();
		return table;
	}

	private BandAllocation band(AllocationTable table, long bandId) {
		return this.bands.findById(bandId)
			.filter((band) -> table.getId().equals(band.getTableId()))
			.orElseThrow(() -> new NotFoundException("spectrum.noSuchBand",
					LocalizedText.of("ບໍ່ມີແຖບ " + bandId + " ໃນສະບັບ " + table.getEdition(),
							"No band " + bandId + " in the edition " + table.getEdition())));
	}

	private static EditionSummary.Standing standing(AllocationTable table, Long inForce, LocalDate today) {
		if (table.isDraft()) {
			return EditionSummary.Standing.DRAFT;
		}
		if (table.getId().equals(inForce)) {
			return EditionSummary.Standing.IN_FORCE;
		}
		return table.getEffectiveFrom().isAfter(today) ? EditionSummary.Standing.SCHEDULED
				: EditionSummary.Standing.SUPERSEDED;
	}

	private static String edges(BandAllocation band) {
		return band.getLowerMhz() + "-" + band.getUpperMhz();
	}

	private static List<String> differences(BandAllocation before, BandAllocation after) {
		List<String> changed = new ArrayList<>();
		if (!before.name().equals(after.name())) {
			changed.add("name");
		}
		if (!services(before).equals(services(after))) {
			changed.add("services");
		}
		if (before.isLicenceExempt() != after.isLicenceExempt()) {
			changed.add("licenceExempt");
		}
		if (!before.footnote().equals(after.footnote())) {
			changed.add("footnote");
		}
		if (!Objects.equals(before.getSource(), after.getSource())) {
			changed.add("source");
		}
		return changed;
	}

	private static List<String> services(BandAllocation band) {
		return band.getServices()
			.stream()
			.map((allocation) -> allocation.getService() + "/" + allocation.getCategory())
			.toList();
	}

	private static String describe(BandAllocation band) {
		return EditionRules.range(band) + " " + band.name().en() + " [" + String.join(", ", services(band))
				+ "] source: " + band.getSource();
	}

}
