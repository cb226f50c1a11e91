package la.anuyat.licence.api;

import java.time.LocalDate;
import java.util.Objects;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import la.anuyat.access.CurrentActor;
import la.anuyat.authority.Actor;
import la.anuyat.licence.Licence;
import la.anuyat.licence.LicenceService;
import la.anuyat.licence.LicenceStatus;
import la.anuyat.licence.VerificationStatus;
import la.anuyat.shared.LocalizedText;
import la.anuyat.shared.NotFoundException;
import la.anuyat.shared.PublicAddress;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Issued licences and their signed certificates, for the holder and for staff with
 * jurisdiction. Anyone else checks a licence on the public verification page instead.
 */
@RestController
@RequestMapping("/api/v1/licences")
@Tag(name = "Licences", description = "Issued licences and their signed PDF certificates")
class LicenceController {

	private final CurrentActor currentActor;

	private final LicenceService licences;

	private final PublicAddress publicAddress;

	LicenceController(CurrentActor currentActor, LicenceService licences, PublicAddress publicAddress) {
		this.currentActor = currentActor;
		this.licences = licences;
		this.publicAddress = publicAddress;
	}

	@GetMapping("/{licenceNumber}")
	@Operation(summary = "One licence (its holder or staff with jurisdiction only)")
	LicenceDetails licence(@PathVariable String licenceNumber) {
		Actor actor = this.currentActor.actor();
		Licence licence = this.licences.licence(licenceNumber)
			.filter((found) -> mayRead(actor, found))
			.orElseThrow(() -> notFound(licenceNumber));
		return new LicenceDetails(licence.getLicenceNumber(), licence.getLicenceTypeCode(), licence.getHolderNameLo(),
				licence.getHolderNameEn(), licence.getAuthorityCode(), licence.getCaseNumber(), licence.getIssuedOn(),
				licence.getValidUntil(), licence.getStatus(), this.licences.verify(licence.getLicenceNumber()),
				this.publicAddress.link(LicenceService.verificationPath(licence.getLicenceNumber())),
				"/api/v1/licences/" + licence.getLicenceNumber() + "/certificate");
	}

	@GetMapping(path = "/{licenceNumber}/certificate", produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "The licence certificate: a PDF in Lao and English, signed by the issuing authority (PAdES)")
	ResponseEntity<byte[]> certificate(@PathVariable String licenceNumber) {
		byte[] pdf = this.licences.certificatePdf(this.currentActor.actor(), licenceNumber);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(licenceNumber + ".pdf").build().toString())
			.body(pdf);
	}

	private static boolean mayRead(Actor actor, Licence licence) {
		if (actor.isApplicant()) {
			return Objects.equals(actor.companyId(), licence.getCompanyId());
		}
		return actor.hasJurisdictionOver(licence.getAuthorityCode());
	}

	private static NotFoundException notFound(String licenceNumber) {
		return new NotFoundException("licence.notFound",
				LocalizedText.of("ບໍ່ພົບໃບອະນຸຍາດ " + licenceNumber, "No such licence: " + licenceNumber));
	}

	record LicenceDetails(String licenceNumber, String licenceType, String holderNameLo, String holderNameEn,
			String authority, String caseNumber, LocalDate issuedOn, LocalDate validUntil, LicenceStatus status,
			VerificationStatus verification, String verificationUrl, String certificateUrl) {
	}

}
