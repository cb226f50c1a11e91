package la.anuyat.authority.api;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import la.anuyat.identity.CurrentActor;
import la.anuyat.identity.Actor;
import la.anuyat.authority.AuthorityService;
import la.anuyat.authority.AuthorityService.ScannedLetter;
import la.anuyat.authority.Delegation;
import la.anuyat.document.DocumentService;
import la.anuyat.document.DocumentService.CheckedFile;
import la.anuyat.shared.LocalizedText;
import la.anuyat.shared.NotFoundException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Written delegations of a head's authority to an acting deputy: recorded by the head
 * with the scanned letter, listed for the authority's leadership, ended early when the
 * head is back.
 */
@RestController
@RequestMapping("/api/v1/delegations")
@Tag(name = "Delegations", description = "Written delegations of the head's authority to an acting deputy")
class DelegationController {

	private final CurrentActor currentActor;

	private final AuthorityService authorities;

	private final DocumentService documents;

	private final Clock clock;

	DelegationController(CurrentActor currentActor, AuthorityService authorities, DocumentService documents,
			Clock clock) {
		this.clock = clock;
		this.currentActor = currentActor;
		this.authorities = authorities;
		this.documents = documents;
	}

	@GetMapping
	@Operation(summary = "The delegations of an authority (default: the caller's), newest first; leadership and "
			+ "administrators only")
	List<DelegationAnswer> delegations(@RequestParam(name = "authority", required = false) String authority) {
		Actor actor = this.currentActor.actor();
		String code = (authority != null && !authority.isBlank()) ? authority : actor.authorityCode();
		LocalDate today = LocalDate.now(this.clock);
		return this.authorities.delegationsOf(actor, (code == null) ? "" : code)
			.stream()
			.map((delegation) -> DelegationAnswer.of(delegation, today))
			.toList();
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Record a written delegation (the head of the authority)",
			description = "decisions: the case families whose decisions reserved to the head it covers (LICENCE, "
					+ "SANCTION…) or * for all; letter: the scanned, signed order (PDF, JPEG, PNG or DOCX, checked "
					+ "by its content as uploads are).")
	ResponseEntity<DelegationAnswer> record(@RequestParam("actingUsername") String actingUsername,
			@RequestParam("validFrom") LocalDate validFrom, @RequestParam("validUntil") LocalDate validUntil,
			@RequestParam("reference") String reference,
			@RequestParam(name = "decisions", required = false) Set<String> decisions,
			@RequestParam(name = "letter", required = false) MultipartFile letter) throws IOException {
		ScannedLetter scan = null;
		if (letter != null && !letter.isEmpty()) {
			CheckedFile checked = this.documents.checkAcceptable(letter.getOriginalFilename(), letter.getBytes());
			scan = new ScannedLetter(checked.fileName(), checked.mediaType(), checked.content());
		}
		Delegation delegation = this.authorities.recordDelegation(this.currentActor.actor(), actingUsername, validFrom,
				validUntil, reference, (decisions == null) ? Set.of(Delegation.ALL) : decisions, scan);
		return ResponseEntity.created(URI.create("/api/v1/delegations/" + delegation.getId()))
			.body(DelegationAnswer.of(delegation, LocalDate.now(this.clock)));
	}

	@PostMapping("/{id}/end")
	@Operation(summary = "End a delegation from today on (the head who gave it, or an administrator)")
	DelegationAnswer end(@PathVariable long id) {
		return DelegationAnswer.of(this.authorities.endDelegation(this.currentActor.actor(), id),
				LocalDate.now(this.clock));
	}

	@GetMapping("/{id}/letter")
	@Operation(summary = "The scanned letter of a delegation")
	ResponseEntity<byte[]> letter(@PathVariable long id) {
		ScannedLetter letter = this.authorities.delegationLetter(this.currentActor.actor(), id)
			.orElseThrow(() -> new NotFoundException("delegation.noLetter",
					LocalizedText.of("ບໍ່ມີໜັງສືມອບສິດທີ່ສະແກນ", "No scanned letter for this delegation")));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(letter.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(letter.fileName()).build().toString())
			.body(letter.content());
	}

	record DelegationAnswer(long id, String authority, String delegator, String acting, LocalDate validFrom,
			LocalDate validUntil, String reference, List<String> decisions, LocalDateTime recordedAt, LocalDate endedOn,
			boolean inForce) {

		static DelegationAnswer of(Delegation delegation, LocalDate today) {
			return new DelegationAnswer(delegation.getId(), delegation.getAuthorityCode(),
					delegation.getDelegatorUsername(), delegation.getActingUsername(), delegation.getValidFrom(),
					delegation.getValidUntil(), delegation.getReference(), delegation.families(),
					delegation.getRecordedAt(), delegation.getEndedOn(), delegation.activeOn(today));
		}

	}

}
