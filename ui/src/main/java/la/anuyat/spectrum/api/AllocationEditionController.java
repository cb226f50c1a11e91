package la.anuyat.spectrum.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import la.anuyat.identity.Actor;
import la.anuyat.identity.CurrentActor;
import la.anuyat.shared.LocalizedText;
import la.anuyat.shared.NotFoundException;
import la.anuyat.spectrum.AllocationEditions;
import la.anuyat.spectrum.AllocationTable;
import la.anuyat.spectrum.AllocationTableEdition;
import la.anuyat.spectrum.BandChange;
import la.anuyat.spectrum.BandDraft;
import la.anuyat.spectrum.EditionSummary;
import la.anuyat.spectrum.api.SpectrumController.BandAnswer;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Editions of the national allocation table: every edition readable by signed-in users (a
 * draft by administrators only); an administrator drafts a new edition from the one in
 * force, edits its bands, compares it and puts it in force from a day.
 */
@RestController
@RequestMapping("/api/v1/spectrum/allocations/editions")
@Tag(name = "Spectrum", description = "Editions of the national frequency allocation table")
class AllocationEditionController {

	private final AllocationEditions editions;

	private final CurrentActor currentActor;

	AllocationEditionController(AllocationEditions editions, CurrentActor currentActor) {
		this.editions = editions;
		this.currentActor = currentActor;
	}

	@GetMapping
	@Operation(summary = "Every edition: draft, in force, scheduled (in force from a later day) or superseded")
	List<EditionAnswer> editions(Locale locale) {
		boolean admin = AllocationEditions.mayEdit(this.currentActor.actor());
		return this.editions.editions()
			.stream()
			.filter((summary) -> admin || summary.standing() != EditionSummary.Standing.DRAFT)
			.map((summary) -> EditionAnswer.of(summary, locale))
			.toList();
	}

	@GetMapping("/{edition}")
	@Operation(summary = "One edition with its bands")
	EditionBandsAnswer edition(@PathVariable("edition") String code, Locale locale) {
		return EditionBandsAnswer.of(readable(code), locale);
	}

	@GetMapping("/{edition}/changes")
	@Operation(summary = "How the edition differs from the edition in force, band by band (matched by edges)")
	List<ChangeAnswer> changes(@PathVariable("edition") String code, Locale locale) {
		readable(code);
		return this.editions.changes(code).stream().map((change) -> ChangeAnswer.of(change, locale)).toList();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Drafts a new edition as a copy of the edition in force (administrators; one draft at a time)")
	EditionBandsAnswer draft(@RequestBody NewEdition request, Locale locale) {
		return EditionBandsAnswer.of(
				this.editions.draft(this.currentActor.actor(), request.edition(), request.titleLo(), request.titleEn()),
				locale);
	}

	@PostMapping("/{edition}/bands")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Adds a band to the draft: edges in MHz (lower < upper, no overlap), services, footnote "
			+ "and its source")
	BandAnswer addBand(@PathVariable("edition") String code, @RequestBody BandDraft band, Locale locale) {
		return BandAnswer.of(this.editions.addBand(this.currentActor.actor(), code, band), locale);
	}

	@PutMapping("/{edition}/bands/{id}")
	@Operation(summary = "Changes a band of the draft")
	BandAnswer changeBand(@PathVariable("edition") String code, @PathVariable("id") long id,
			@RequestBody BandDraft band, Locale locale) {
		return BandAnswer.of(this.editions.changeBand(this.currentActor.actor(), code, id, band), locale);
	}

	@DeleteMapping("/{edition}/bands/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Removes a band from the draft")
	void removeBand(@PathVariable("edition") String code, @PathVariable("id") long id) {
		this.editions.removeBand(this.currentActor.actor(), code, id);
	}

	@PutMapping("/{edition}/effective-from")
	@Operation(summary = "Puts the draft in force from a day (today or later, after every earlier edition's day)")
	EditionAnswer putInForce(@PathVariable("edition") String code, @RequestBody InForce request, Locale locale) {
		AllocationTable table = this.editions.putInForce(this.currentActor.actor(), code,
				(request == null) ? null : request.effectiveFrom());
		return this.editions.editions()
			.stream()
			.filter((summary) -> summary.table().getId().equals(table.getId()))
			.findFirst()
			.map((summary) -> EditionAnswer.of(summary, locale))
			.orElseThrow();
	}

	@DeleteMapping("/{edition}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Discards a draft")
	void discard(@PathVariable("edition") String code) {
		this.editions.discard(this.currentActor.actor(), code);
	}

	/** A draft is the administrators' work in progress: others do not learn of it. */
	private AllocationTableEdition readable(String code) {
		AllocationTableEdition edition = this.editions.edition(code);
		Actor actor = this.currentActor.actor();
		if (edition.table().isDraft() && !AllocationEditions.mayEdit(actor)) {
			throw new NotFoundException("spectrum.noSuchEdition",
					LocalizedText.of("ບໍ່ມີສະບັບ " + code, "No edition " + code + " of the allocation table"));
		}
		return edition;
	}

	record NewEdition(String edition, String titleLo, String titleEn) {
	}

	record InForce(LocalDate effectiveFrom) {
	}

	record EditionAnswer(String edition, String standing, LocalDate effectiveFrom, String title, String basedOn,
			int bands) {

		static EditionAnswer of(EditionSummary summary, Locale locale) {
			return new EditionAnswer(summary.edition(), summary.standing().name(), summary.effectiveFrom(),
					summary.table().title().in(locale), summary.table().getBasedOn(), summary.bands());
		}

	}

	record EditionBandsAnswer(String edition, String status, LocalDate effectiveFrom, String title, String basedOn,
			String edgeRule, List<BandAnswer> bands) {

		static EditionBandsAnswer of(AllocationTableEdition edition, Locale locale) {
			AllocationTable table = edition.table();
			return new EditionBandsAnswer(table.getEdition(), table.getStatus().name(), table.getEffectiveFrom(),
					table.title().in(locale), table.getBasedOn(), "lower <= f < upper",
					edition.bands().stream().map((band) -> BandAnswer.of(band, locale)).toList());
		}

	}

	record ChangeAnswer(String kind, double lowerMhz, double upperMhz, List<String> changed, BandAnswer before,
			BandAnswer after) {

		static ChangeAnswer of(BandChange change, Locale locale) {
			return new ChangeAnswer(change.kind().name(), change.band().getLowerMhz(), change.band().getUpperMhz(),
					change.changed(), (change.before() != null) ? BandAnswer.of(change.before(), locale) : null,
					(change.after() != null) ? BandAnswer.of(change.after(), locale) : null);
		}

	}

}
