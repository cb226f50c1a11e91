package la.anuyat.search.api;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import la.anuyat.equipment.EquipmentService;
import la.anuyat.equipment.EquipmentService.Exhibit;
import la.anuyat.equipment.EquipmentService.ExhibitFile;
import la.anuyat.equipment.RegisteredEquipment;
import la.anuyat.search.CaseQuery;
import la.anuyat.search.EquipmentRegister;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

/**
 * The public equipment register (no sign-in): type-approved models with their approval
 * numbers and bands, and the exhibits the public may see.
 */
@RestController
@RequestMapping("/api/v1/equipment")
@Tag(name = "Equipment register", description = "Public search of type-approved equipment (no sign-in)")
class EquipmentRegisterController {

	private final EquipmentRegister register;

	private final EquipmentService equipment;

	EquipmentRegisterController(EquipmentRegister register, EquipmentService equipment) {
		this.register = register;
		this.equipment = equipment;
	}

	@GetMapping
	@Operation(summary = "Search the public equipment register",
			description = "q: model, manufacturer (Lao or English), approval number, holder or a band edge in MHz; "
					+ "every word must match. page counts from 0; size 1 to 100 (default 20).")
	Answer search(@RequestParam(name = "q", required = false) String text,
			@RequestParam(name = "page", defaultValue = "0") int page,
			@RequestParam(name = "size", defaultValue = "" + CaseQuery.DEFAULT_SIZE) int size) {
		EquipmentRegister.Page result = this.register.search(text, page, size);
		return new Answer(result.entries().stream().map(Entry::of).toList(), result.total(), result.page(),
				result.size());
	}

	@GetMapping("/{approvalNumber}")
	@Operation(summary = "One approved model, with the exhibits the public may see today",
			description = "Confidential exhibits (internal photos, schematics) are listed only from the date they "
					+ "were withheld until.")
	Detail entry(@PathVariable String approvalNumber) {
		RegisteredEquipment entry = this.equipment.entry(approvalNumber);
		String base = "/api/v1/equipment/"
				+ UriUtils.encodePathSegment(entry.getApprovalNumber(), StandardCharsets.UTF_8) + "/exhibits/";
		return new Detail(
				new Entry(entry.getApprovalNumber(), entry.getGranteeCode(), entry.getModel(),
						entry.getManufacturerLo(), entry.getManufacturerEn(), List.of(entry.getBands().split("; ")),
						entry.getDeclaredStandards(), entry.getHolderNameLo(), entry.getHolderNameEn(),
						entry.getApprovedOn(), entry.getExhibitsWithheldUntil()),
				this.equipment.publicExhibits(approvalNumber)
					.stream()
					.map((exhibit) -> new PublicExhibit(exhibit.documentType(), exhibit.fileName(), exhibit.mediaType(),
							base + exhibit.documentId()))
					.toList());
	}

	@GetMapping("/{approvalNumber}/exhibits/{documentId}")
	@Operation(summary = "The file of a public exhibit")
	ResponseEntity<byte[]> exhibit(@PathVariable String approvalNumber, @PathVariable long documentId) {
		ExhibitFile file = this.equipment.publicExhibit(approvalNumber, documentId);
		Exhibit exhibit = file.exhibit();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(exhibit.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(exhibit.fileName(), StandardCharsets.UTF_8).build().toString())
			.body(file.content());
	}

	record Answer(List<Entry> entries, long total, int page, int size) {
	}

	/** An approved model's public fields. */
	record Entry(String approvalNumber, String granteeCode, String model, String manufacturerLo, String manufacturerEn,
			List<String> bands, String declaredStandards, String holderNameLo, String holderNameEn,
			LocalDate approvedOn, LocalDate exhibitsWithheldUntil) {

		static Entry of(EquipmentRegister.Entry entry) {
			return new Entry(entry.approvalNumber(), entry.granteeCode(), entry.model(), entry.manufacturerLo(),
					entry.manufacturerEn(), List.of(entry.bands().split("; ")), entry.declaredStandards(),
					entry.holderNameLo(), entry.holderNameEn(), entry.approvedOn(), entry.exhibitsWithheldUntil());
		}

	}

	record Detail(Entry equipment, List<PublicExhibit> exhibits) {
	}

	record PublicExhibit(String documentType, String fileName, String mediaType, String url) {
	}

}
