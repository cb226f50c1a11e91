package la.anuyat.licence.api;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import la.anuyat.authority.Authority;
import la.anuyat.authority.AuthorityService;
import la.anuyat.licence.Licence;
import la.anuyat.licence.LicenceService;
import la.anuyat.licence.LicenceType;
import la.anuyat.licence.StatusReason;
import la.anuyat.licence.VerificationStatus;
import la.anuyat.shared.DomainException;
import la.anuyat.shared.LocalizedText;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The public verification page that a certificate's QR code points to. No sign-in: anyone
 * holding a certificate (a customer, a bank, an inspector) checks that it is real and
 * still in force. Shows only what the certificate itself shows.
 */
@RestController
@Tag(name = "Verification", description = "Public check of a licence number (no sign-in)")
public class VerificationController {

	/** Longer input is no licence number; it is answered UNKNOWN without a look-up. */
	private static final int MAX_NUMBER_LENGTH = 64;

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

	private static final Map<VerificationStatus, Explanation> EXPLANATIONS = Map.of(VerificationStatus.VALID,
			new Explanation("ຖືກຕ້ອງ", "ໃບອະນຸຍາດນີ້ຖືກຕ້ອງ ແລະ ຍັງມີຜົນບັງຄັບໃຊ້.",
					"This licence is genuine and in force.", "#1b7f3b"),
			VerificationStatus.SUSPENDED,
			new Explanation("ຖືກໂຈະ",
					"ໃບອະນຸຍາດນີ້ຖືກໂຈະຊົ່ວຄາວ: ຜູ້ຖືບໍ່ສາມາດດຳເນີນທຸລະກິດຕາມໃບອະນຸຍາດນີ້ໄດ້ຈົນກວ່າຈະຍົກເລີກການໂຈະ.",
					"This licence is suspended: its holder may not operate under it until the suspension is lifted.",
					"#b26a00"),
			VerificationStatus.REVOKED,
			new Explanation("ຖືກຖອນ", "ໃບອະນຸຍາດນີ້ຖືກຖອນແລ້ວ ແລະ ບໍ່ມີຜົນບັງຄັບໃຊ້ອີກຕໍ່ໄປ.",
					"This licence has been revoked and is no longer valid.", "#b00020"),
			VerificationStatus.CANCELLED,
			new Explanation("ຖືກຍົກເລີກ", "ໃບອະນຸຍາດນີ້ຖືກຍົກເລີກຕາມຄຳຮ້ອງຂອງຜູ້ຖື ແລະ ບໍ່ມີຜົນບັງຄັບໃຊ້ອີກຕໍ່ໄປ.",
					"This licence was cancelled at its holder's request and is no longer valid.", "#5f6368"),
			VerificationStatus.SUPERSEDED,
			new Explanation("ຖືກປ່ຽນແທນ", "ໃບອະນຸຍາດນີ້ຖືກປ່ຽນແທນດ້ວຍໃບອະນຸຍາດສະບັບໃໝ່ ແລະ ບໍ່ມີຜົນບັງຄັບໃຊ້ອີກຕໍ່ໄປ.",
					"This licence has been replaced by a newer one (renewal or amendment) and is no longer valid.",
					"#5f6368"),
			VerificationStatus.EXPIRED,
			new Explanation("ໝົດອາຍຸ", "ໃບອະນຸຍາດນີ້ໝົດອາຍຸແລ້ວ.", "This licence has expired.", "#5f6368"),
			VerificationStatus.UNKNOWN,
			new Explanation("ບໍ່ພົບ", "ບໍ່ພົບໃບອະນຸຍາດເລກນີ້ໃນທະບຽນ. ກະລຸນາກວດເລກທີ ຫຼື ຕິດຕໍ່ໜ່ວຍງານທີ່ອອກໃບອະນຸຍາດ.",
					"No licence with this number is in the register. Check the number or ask the issuing authority.",
					"#5f6368"));

	private final LicenceService licences;

	private final AuthorityService authorities;

	public VerificationController(LicenceService licences, AuthorityService authorities) {
		this.licences = licences;
		this.authorities = authorities;
	}

	@GetMapping("/verify/{licenceNumber}")
	@Operation(summary = "Verify a licence number",
			description = "Answers JSON {licenceNumber, status} to Accept: application/json, a bilingual HTML page "
					+ "otherwise. Status: VALID, SUSPENDED (with suspendedUntil), REVOKED, CANCELLED, EXPIRED, SUPERSEDED "
					+ "(with supersededBy) or UNKNOWN; reasonCategory is the public category of a suspension's, "
					+ "revocation's or cancellation's reason.")
	public ResponseEntity<?> verify(@PathVariable String licenceNumber,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, HttpServletRequest request) {
		Optional<Licence> licence = (licenceNumber.length() > MAX_NUMBER_LENGTH) ? Optional.empty()
				: this.licences.licence(licenceNumber);
		VerificationStatus status = licence.isPresent() ? this.licences.verify(licenceNumber)
				: VerificationStatus.UNKNOWN;
		ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
			.cacheControl(CacheControl.noCache())
			.header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
		if (wantsJson(accept)) {
			return answer.contentType(MediaType.APPLICATION_JSON)
				.body(Verification.of(licenceNumber, status, licence.orElse(null)));
		}
		return answer.contentType(HTML)
			.body(page(licenceNumber, status, licence.orElse(null), request.getContextPath()));
	}

	/**
	 * JSON when the client ranks it above HTML; browsers (which send text/html first) and
	 * clients that accept anything get the page.
	 */
	static boolean wantsJson(String accept) {
		if (accept == null || accept.isBlank()) {
			return false;
		}
		List<MediaType> types;
		try {
			types = MediaType.parseMediaTypes(accept);
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
		return types.stream()
			.sorted(Comparator.comparingDouble(MediaType::getQualityValue).reversed())
			.filter((type) -> !type.isWildcardType())
			.findFirst()
			.map((type) -> MediaType.APPLICATION_JSON.isCompatibleWith(type)
					|| (type.getSubtype() != null && type.getSubtype().endsWith("+json")))
			.orElse(false);
	}

	private String page(String licenceNumber, VerificationStatus status, Licence licence, String contextPath) {
		Explanation explanation = EXPLANATIONS.get(status);
		StringBuilder details = new StringBuilder();
		if (licence != null) {
			LocalizedText typeName = licenceTypeName(licence.getLicenceTypeCode());
			LocalizedText authorityName = authorityName(licence.getAuthorityCode());
			row(details, "ປະເພດໃບອະນຸຍາດ", "Licence type", typeName.lo(), typeName.en());
			row(details, "ຜູ້ຖືໃບອະນຸຍາດ", "Holder", licence.getHolderNameLo(), licence.getHolderNameEn());
			row(details, "ອອກໂດຍ", "Issued by", authorityName.lo(), authorityName.en());
			row(details, "ວັນທີອອກ", "Issued on", date(licence.getIssuedOn()), null);
			row(details, "ໃຊ້ໄດ້ຮອດວັນທີ", "Valid until", date(licence.getValidUntil()), null);
			if (status == VerificationStatus.SUSPENDED && licence.getSuspendedUntil() != null) {
				row(details, "ໂຈະຮອດວັນທີ", "Suspended until", date(licence.getSuspendedUntil()), null);
			}
			StatusReason reason = Verification.publicReason(status, licence);
			if (reason != null) {
				row(details, "ເຫດຜົນ", "Reason", reason.label().lo(), reason.label().en());
			}
			if (status == VerificationStatus.SUPERSEDED && licence.getSupersededBy() != null) {
				row(details, "ປ່ຽນແທນດ້ວຍ", "Replaced by", licence.getSupersededBy(), null);
			}
		}
		String context = escape(contextPath);
		return """
				<!DOCTYPE html>
				<html lang="lo">
				<head>
				<meta charset="UTF-8">
				<meta name="viewport" content="width=device-width, initial-scale=1">
				<meta name="robots" content="noindex">
				<title>ກວດສອບໃບອະນຸຍາດ · Licence verification</title>
				<style>
				@font-face { font-family: "Noto Sans Lao"; font-weight: 400;
				  src: url("%1$s/fonts/NotoSansLao-Regular.ttf") format("truetype"); }
				@font-face { font-family: "Noto Sans Lao"; font-weight: 700;
				  src: url("%1$s/fonts/NotoSansLao-Bold.ttf") format("truetype"); }
				body { font-family: "Noto Sans Lao", "Phetsarath OT", sans-serif; margin: 0; background: #f4f6f8;
				  color: #1f2933; line-height: 1.6; }
				main { max-width: 40rem; margin: 2rem auto; background: #fff; padding: 2rem; border-radius: 8px;
				  box-shadow: 0 1px 3px rgba(0,0,0,.15); }
				header p { margin: 0; font-size: .9rem; color: #52606d; }
				h1 { font-size: 1.3rem; margin: .5rem 0 1.5rem; }
				.number { font-family: monospace; font-size: 1.1rem; word-break: break-all; }
				.status { display: inline-block; color: #fff; background: %2$s; padding: .3rem 1rem; border-radius: 4px;
				  font-weight: 700; font-size: 1.2rem; margin: 1rem 0; }
				.en { color: #52606d; }
				table { border-collapse: collapse; width: 100%%; margin-top: 1rem; }
				th, td { text-align: left; vertical-align: top; padding: .4rem .5rem; border-top: 1px solid #e4e7eb; }
				th { width: 40%%; font-weight: 400; color: #52606d; }
				</style>
				</head>
				<body>
				<main>
				<header>
				<p>ກະຊວງເຕັກໂນໂລຊີ ແລະ ການສື່ສານ</p>
				<p class="en">Ministry of Technology and Communications</p>
				</header>
				<h1>ກວດສອບໃບອະນຸຍາດ <span class="en">· Licence verification</span></h1>
				<div class="number">%3$s</div>
				<div class="status" id="status" data-status="%4$s">%5$s · %4$s</div>
				<p>%6$s</p>
				<p class="en">%7$s</p>
				<table>%8$s</table>
				</main>
				</body>
				</html>
				""".formatted(context, explanation.colour(), escape(licenceNumber), status.name(),
				escape(explanation.labelLo()), escape(explanation.lo()), escape(explanation.en()), details);
	}

	private LocalizedText licenceTypeName(String code) {
		try {
			LicenceType type = this.licences.licenceType(code);
			return LocalizedText.of(type.getNameLo(), type.getNameEn());
		}
		catch (DomainException ex) {
			return LocalizedText.of(code, code);
		}
	}

	private LocalizedText authorityName(String code) {
		try {
			Authority authority = this.authorities.authority(code);
			return LocalizedText.of(authority.getNameLo(), authority.getNameEn());
		}
		catch (DomainException ex) {
			return LocalizedText.of(code, code);
		}
	}

	private static void row(StringBuilder rows, String labelLo, String labelEn, String valueLo, String valueEn) {
		rows.append("<tr><th>")
			.append(escape(labelLo))
			.append("<br><span class=\"en\">")
			.append(escape(labelEn))
			.append("</span></th><td>")
			.append(escape(valueLo));
		if (valueEn != null && !valueEn.equals(valueLo)) {
			rows.append("<br><span class=\"en\">").append(escape(valueEn)).append("</span>");
		}
		rows.append("</td></tr>");
	}

	private static String date(LocalDate date) {
		return (date != null) ? DATE.format(date) : "";
	}

	private static String escape(String text) {
		return (text != null) ? HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name()) : "";
	}

	/**
	 * The machine-readable answer: the status, and what the public may know of it (never
	 * the grounds' text, which stays in the case).
	 *
	 * @param suspendedUntil the last day of a suspension, null unless suspended
	 * @param reasonCategory the public category of a suspension's, revocation's or
	 * cancellation's reason, null otherwise
	 * @param supersededBy the licence that replaced a superseded one, null otherwise
	 */
	public record Verification(String licenceNumber, VerificationStatus status, LocalDate suspendedUntil,
			StatusReason reasonCategory, String supersededBy) {

		static Verification of(String licenceNumber, VerificationStatus status, Licence licence) {
			if (licence == null) {
				return new Verification(licenceNumber, status, null, null, null);
			}
			return new Verification(licenceNumber, status,
					(status == VerificationStatus.SUSPENDED) ? licence.getSuspendedUntil() : null,
					publicReason(status, licence),
					(status == VerificationStatus.SUPERSEDED) ? licence.getSupersededBy() : null);
		}

		static StatusReason publicReason(VerificationStatus status, Licence licence) {
			boolean measured = status == VerificationStatus.SUSPENDED || status == VerificationStatus.REVOKED
					|| status == VerificationStatus.CANCELLED;
			return measured ? licence.getStatusReasonCategory() : null;
		}

	}

	private record Explanation(String labelLo, String lo, String en, String colour) {
	}

}
