package la.anuyat.licence.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
import com.fasterxml.jackson.annotation.JsonInclude;
import la.anuyat.licence.CertificateCheck;
import la.anuyat.licence.CertificateToken;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
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

	private static final Map<VerificationStatus, String> STATUS_COLOURS = statusColours();

	private static final String NEUTRAL = "#5f6368";

	private static final Map<CertificateCheck.Outcome, Explanation> FILE_OUTCOMES = Map
		.of(CertificateCheck.Outcome.CURRENT, new Explanation("ແທ້",
				"ໄຟລ໌ນີ້ແມ່ນໃບອະນຸຍາດສະບັບປັດຈຸບັນທີ່ແທ້ຈິງຂອງເລກທີ {number}: ບໍ່ມີການດັດແກ້ ແລະ ລາຍເຊັນດິຈິຕອນຖືກຕ້ອງ.",
				"This file is the genuine current certificate of licence {number}: unchanged since it was "
						+ "issued, and its digital signatures verify.",
				"#1b7f3b"), CertificateCheck.Outcome.EARLIER,
				new Explanation("ສະບັບກ່ອນ",
						"ໄຟລ໌ນີ້ແມ່ນໃບອະນຸຍາດສະບັບກ່ອນທີ່ແທ້ຈິງຂອງເລກທີ {number}, ເຊິ່ງໄດ້ຖືກແທນທີ່ດ້ວຍສະບັບໃໝ່ແລ້ວ.",
						"This file is a genuine earlier certificate of licence {number}, since replaced by a newer one.",
						"#b26a00"),
				CertificateCheck.Outcome.NOT_GENUINE,
				new Explanation("ບໍ່ແທ້", "ໄຟລ໌ນີ້ບໍ່ແມ່ນໃບອະນຸຍາດທີ່ແທ້ຈິງ: ມັນຖືກດັດແກ້ ຫຼື ບໍ່ໄດ້ອອກໂດຍທະບຽນນີ້.",
						"This file is not a genuine certificate: it was altered, or it was not issued by this register.",
						"#b00020"),
				CertificateCheck.Outcome.NOT_A_PDF,
				new Explanation("ບໍ່ແທ້", "ໄຟລ໌ນີ້ບໍ່ແມ່ນ PDF ຈຶ່ງບໍ່ແມ່ນໃບອະນຸຍາດທີ່ແທ້ຈິງ.",
						"This file is not a PDF, so it is not a genuine certificate.", "#b00020"));

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
			@RequestParam(name = "t", required = false) String token,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, HttpServletRequest request) {
		Optional<Licence> licence = (licenceNumber.length() > MAX_NUMBER_LENGTH) ? Optional.empty()
				: this.licences.licence(licenceNumber);
		VerificationStatus status = licence.isPresent() ? this.licences.verify(licenceNumber)
				: VerificationStatus.UNKNOWN;
		// a token is believed only with a valid signature and for the number it was
		// scanned with
		Optional<CertificateToken> signed = this.licences.readToken(token)
			.filter((claims) -> licenceNumber.equals(claims.licenceNumber()));
		TokenAnswer tokenAnswer = (token == null) ? null : new TokenAnswer(signed.isPresent(), signed.orElse(null));
		ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
			.cacheControl(CacheControl.noCache())
			.header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
		if (wantsJson(accept)) {
			return answer.contentType(MediaType.APPLICATION_JSON)
				.body(Verification.of(licenceNumber, status, licence.orElse(null), tokenAnswer));
		}
		StringBuilder body = new StringBuilder();
		body.append(statusBlock(licenceNumber, status, licence.orElse(null)));
		if (tokenAnswer != null) {
			body.append(tokenBlock(tokenAnswer));
		}
		body.append(howToCheck(request.getContextPath()));
		return answer.contentType(HTML)
			.body(page(body.toString(), STATUS_COLOURS.get(status), request.getContextPath()));
	}

	@GetMapping("/verify")
	@Operation(summary = "The page to check a certificate file", description = "A bilingual HTML page with a form "
			+ "that uploads a certificate PDF to POST /verify, and how to check a QR code offline.")
	public ResponseEntity<String> uploadPage(HttpServletRequest request) {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noCache())
			.contentType(HTML)
			.body(page(howToCheck(request.getContextPath()), NEUTRAL, request.getContextPath()));
	}

	@PostMapping(path = "/verify", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Check an uploaded certificate file",
			description = "Multipart part `file`: the certificate PDF (recognised from its content, up to the upload "
					+ "size limit, 413 above it). Answers whether the file is byte for byte the licence's current "
					+ "certificate with valid signatures (CURRENT), an earlier certificate of that licence (EARLIER), "
					+ "or not genuine (NOT_GENUINE: altered or unknown; NOT_A_PDF). JSON {outcome, genuine, "
					+ "licenceNumber, status} to Accept: application/json, a bilingual HTML page otherwise.")
	public ResponseEntity<?> checkFile(@RequestParam("file") MultipartFile file,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, HttpServletRequest request)
			throws IOException {
		CertificateCheck check = this.licences.checkCertificate(file.getBytes());
		boolean genuine = check.outcome() == CertificateCheck.Outcome.CURRENT
				|| check.outcome() == CertificateCheck.Outcome.EARLIER;
		ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
		if (wantsJson(accept)) {
			return answer.contentType(MediaType.APPLICATION_JSON)
				.body(new FileCheck(check.outcome(), genuine, check.licenceNumber(), check.licenceStatus()));
		}
		StringBuilder body = new StringBuilder();
		Explanation outcome = FILE_OUTCOMES.get(check.outcome());
		String number = (check.licenceNumber() != null) ? check.licenceNumber() : "";
		body.append("<div class=\"status\" id=\"outcome\" data-outcome=\"")
			.append(check.outcome().name())
			.append("\" style=\"background:")
			.append(outcome.colour())
			.append("\">")
			.append(escape(outcome.labelLo()))
			.append(" · ")
			.append(check.outcome().name())
			.append("</div>\n<p>")
			.append(escape(outcome.lo().replace("{number}", number)))
			.append("</p>\n<p class=\"en\">")
			.append(escape(outcome.en().replace("{number}", number)))
			.append("</p>\n");
		if (genuine) {
			body.append("<p><a href=\"")
				.append(escape(request.getContextPath() + "/verify/" + check.licenceNumber()))
				.append("\">ສະຖານະຂອງໃບອະນຸຍາດ ")
				.append(escape(number))
				.append(" <span class=\"en\">· Status of licence ")
				.append(escape(number))
				.append(": ")
				.append(check.licenceStatus().name())
				.append("</span></a></p>\n");
		}
		body.append(howToCheck(request.getContextPath()));
		return answer.contentType(HTML).body(page(body.toString(), NEUTRAL, request.getContextPath()));
	}

	@GetMapping(path = "/.well-known/jwks.json",
			produces = { "application/jwk-set+json", MediaType.APPLICATION_JSON_VALUE })
	@Operation(summary = "The public keys of the certificates' QR tokens",
			description = "A JWK set (RFC 7517) of the issuing authorities' ES256 keys; a token's `kid` names its key.")
	public ResponseEntity<Map<String, Object>> publishedKeys() {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
			.body(this.licences.publishedTokenKeys());
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

	private String statusBlock(String licenceNumber, VerificationStatus status, Licence licence) {
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
		return """
				<div class="number">%1$s</div>
				<div class="status" id="status" data-status="%2$s">%3$s · %2$s</div>
				<p>%4$s</p>
				<p class="en">%5$s</p>
				<table>%6$s</table>
				""".formatted(escape(licenceNumber), status.name(), escape(explanation.labelLo()),
				escape(explanation.lo()), escape(explanation.en()), details);
	}

	/**
	 * What the QR code's signed token states, when its signature verifies with a
	 * published key; a warning when it does not.
	 */
	private String tokenBlock(TokenAnswer token) {
		if (!token.valid()) {
			return """
					<section class="token" id="token" data-token="INVALID">
					<h2>ລະຫັດໃນ QR ໂຄດ <span class="en">· The QR code's token</span></h2>
					<p class="bad">ລະຫັດນີ້ບໍ່ຖືກຕ້ອງ: ລາຍເຊັນບໍ່ກົງກັບກະແຈທີ່ເຜີຍແຜ່ ຫຼື ຂໍ້ມູນຖືກດັດແກ້.</p>
					<p class="en">This token is not valid: its signature does not match a published key, or its \
					content was altered.</p>
					</section>
					""";
		}
		CertificateToken claims = token.claims();
		StringBuilder rows = new StringBuilder();
		LocalizedText typeName = licenceTypeName(claims.licenceTypeCode());
		LocalizedText authorityName = authorityName(claims.authorityCode());
		row(rows, "ເລກທີໃບອະນຸຍາດ", "Licence number", claims.licenceNumber(), null);
		row(rows, "ຜູ້ຖືໃບອະນຸຍາດ", "Holder", claims.holderNameLo(), null);
		row(rows, "ປະເພດໃບອະນຸຍາດ", "Licence type", typeName.lo(), typeName.en());
		row(rows, "ໃຊ້ໄດ້ແຕ່ວັນທີ", "Valid from", date(claims.validFrom()), null);
		row(rows, "ໃຊ້ໄດ້ຮອດວັນທີ", "Valid until", date(claims.validUntil()), null);
		row(rows, "ອອກໂດຍ", "Issued by", authorityName.lo(), authorityName.en());
		row(rows, "ກະແຈທີ່ກວດ", "Checked with key", claims.keyId(), null);
		return """
				<section class="token" id="token" data-token="VALID">
				<h2>ລະຫັດໃນ QR ໂຄດ <span class="en">· The QR code's token</span></h2>
				<p class="good">ລາຍເຊັນຂອງລະຫັດຖືກຕ້ອງ: ກວດກັບກະແຈສາທາລະນະທີ່ເຜີຍແຜ່ຂອງອົງການອອກໃບອະນຸຍາດແລ້ວ. \
				ນີ້ແມ່ນສິ່ງທີ່ລະຫັດຢັ້ງຢືນ:</p>
				<p class="en">The token's signature is valid: checked against the issuing authority's published \
				public key. This is what it states:</p>
				<table>%s</table>
				</section>
				""".formatted(rows);
	}

	/** The two ways to check, and the form for the file itself. */
	private static String howToCheck(String contextPath) {
		String context = escape(contextPath);
		return """
				<section class="how" id="how">
				<h2>ວິທີກວດສອບ <span class="en">· How to check a certificate</span></h2>
				<p>1. ສະແກນ QR ໂຄດ ດ້ວຍໂທລະສັບ: ມັນເປີດໜ້ານີ້ ເຊິ່ງສະແດງສະຖານະປັດຈຸບັນຂອງໃບອະນຸຍາດໃນທະບຽນ \
				ແລະ ຂໍ້ມູນທີ່ລົງລາຍເຊັນໄວ້ໃນ QR ໂຄດ.</p>
				<p class="en">1. Scan the QR code with a phone: it opens this page, which shows the licence's current \
				status in the register and what the QR code's signed token states.</p>
				<p>2. ກວດແບບອອບໄລນ໌: QR ໂຄດມີລະຫັດທີ່ລົງລາຍເຊັນ (JWS, ES256) ຢູ່ຫຼັງ <code>?t=</code>. \
				ແອັບໃດກໍ່ໄດ້ສາມາດກວດລາຍເຊັນນັ້ນ ກັບກະແຈສາທາລະນະທີ່ເຜີຍແຜ່ຢູ່ \
				<a href="%1$s/.well-known/jwks.json">/.well-known/jwks.json</a> ໂດຍບໍ່ຕ້ອງເຊື່ອມຕໍ່ອິນເຕີເນັດ.</p>
				<p class="en">2. Offline: the QR code carries a signed token (JWS, ES256) after <code>?t=</code>. \
				Any app can check its signature against the public keys published at \
				<a href="%1$s/.well-known/jwks.json">/.well-known/jwks.json</a>, without a connection.</p>
				<p>ທ່ານຍັງສາມາດສົ່ງໄຟລ໌ PDF ຂອງໃບອະນຸຍາດ ເພື່ອກວດວ່າໄຟລ໌ນັ້ນແມ່ນສະບັບແທ້ ແລະ ບໍ່ຖືກດັດແກ້.</p>
				<p class="en">You can also upload the certificate's PDF to check that the file itself is genuine and \
				unaltered.</p>
				<form method="post" action="%1$s/verify" enctype="multipart/form-data">
				<label>ໄຟລ໌ PDF ຂອງໃບອະນຸຍາດ · Certificate PDF \
				<input type="file" name="file" accept="application/pdf" required></label>
				<button type="submit">ກວດໄຟລ໌ · Check the file</button>
				</form>
				</section>
				""".formatted(context);
	}

	private static String page(String body, String colour, String contextPath) {
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
				h2 { font-size: 1.05rem; margin: 2rem 0 .5rem; }
				.number { font-family: monospace; font-size: 1.1rem; word-break: break-all; }
				.status { display: inline-block; color: #fff; background: %2$s; padding: .3rem 1rem; border-radius: 4px;
				  font-weight: 700; font-size: 1.2rem; margin: 1rem 0; }
				.en { color: #52606d; }
				.good { color: #1b7f3b; font-weight: 700; }
				.bad { color: #b00020; font-weight: 700; }
				table { border-collapse: collapse; width: 100%%; margin-top: 1rem; }
				th, td { text-align: left; vertical-align: top; padding: .4rem .5rem; border-top: 1px solid #e4e7eb; }
				th { width: 40%%; font-weight: 400; color: #52606d; }
				code { word-break: break-all; }
				form { margin-top: 1rem; display: flex; gap: .5rem; flex-wrap: wrap; }
				</style>
				</head>
				<body>
				<main>
				<header>
				<p>ກະຊວງເຕັກໂນໂລຊີ ແລະ ການສື່ສານ</p>
				<p class="en">Ministry of Technology and Communications</p>
				</header>
				<h1>ກວດສອບໃບອະນຸຍາດ <span class="en">· Licence verification</span></h1>
				%3$s
				</main>
				</body>
				</html>
				""".formatted(context, colour, body);
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
			StatusReason reasonCategory, String supersededBy,
			@JsonInclude(JsonInclude.Include.NON_NULL) TokenAnswer token) {

		static Verification of(String licenceNumber, VerificationStatus status, Licence licence, TokenAnswer token) {
			if (licence == null) {
				return new Verification(licenceNumber, status, null, null, null, token);
			}
			return new Verification(licenceNumber, status,
					(status == VerificationStatus.SUSPENDED) ? licence.getSuspendedUntil() : null,
					publicReason(status, licence),
					(status == VerificationStatus.SUPERSEDED) ? licence.getSupersededBy() : null, token);
		}

		static StatusReason publicReason(VerificationStatus status, Licence licence) {
			boolean measured = status == VerificationStatus.SUSPENDED || status == VerificationStatus.REVOKED
					|| status == VerificationStatus.CANCELLED;
			return measured ? licence.getStatusReasonCategory() : null;
		}

	}

	/**
	 * What the QR code's token says, when one was given: {@code valid} only if its
	 * signature verifies with a published key and it names this licence.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record TokenAnswer(boolean valid, CertificateToken claims) {
	}

	/**
	 * The machine-readable answer about an uploaded file.
	 */
	public record FileCheck(CertificateCheck.Outcome outcome, boolean genuine, String licenceNumber,
			VerificationStatus status) {
	}

	private record Explanation(String labelLo, String lo, String en, String colour) {
	}

	private static Map<VerificationStatus, String> statusColours() {
		Map<VerificationStatus, String> colours = new java.util.EnumMap<>(VerificationStatus.class);
		EXPLANATIONS.forEach((status, explanation) -> colours.put(status, explanation.colour()));
		return colours;
	}

}
