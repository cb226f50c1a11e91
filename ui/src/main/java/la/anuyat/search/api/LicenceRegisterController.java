package la.anuyat.search.api;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import la.anuyat.authority.Authority;
import la.anuyat.authority.AuthorityService;
import la.anuyat.licence.LicenceService;
import la.anuyat.licence.LicenceType;
import la.anuyat.licence.StatusReason;
import la.anuyat.licence.VerificationStatus;
import la.anuyat.search.CaseQuery;
import la.anuyat.search.LicenceRegister;
import la.anuyat.search.RegisterEntry;
import la.anuyat.search.RegisterPage;
import la.anuyat.search.RegisterQuery;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

/**
 * The public licence register (no sign-in): who holds which ICT licence, with only the
 * fields a certificate shows publicly.
 */
@RestController
@RequestMapping("/api/v1/register")
@Tag(name = "Licence register", description = "Public search of licences (no sign-in), public fields only")
class LicenceRegisterController {

	private final LicenceRegister register;

	private final LicenceService licences;

	private final AuthorityService authorities;

	LicenceRegisterController(LicenceRegister register, LicenceService licences, AuthorityService authorities) {
		this.register = register;
		this.licences = licences;
		this.authorities = authorities;
	}

	@GetMapping
	@Operation(summary = "Search the public licence register",
			description = "q: holder name (Lao or English) or licence number; type: licence type code; province: "
					+ "issuing authority code (a province, or MTC for the ministry); status: VALID, SUSPENDED, "
					+ "REVOKED, CANCELLED, EXPIRED or SUPERSEDED as the verification page answers it today. page "
					+ "counts from 0; size 1 to 100 (default 20).")
	RegisterAnswer search(@RequestParam(name = "q", required = false) String text,
			@RequestParam(name = "type", required = false) String type,
			@RequestParam(name = "province", required = false) String province,
			@RequestParam(name = "status", required = false) VerificationStatus status,
			@RequestParam(name = "page", defaultValue = "0") int page,
			@RequestParam(name = "size", defaultValue = "" + CaseQuery.DEFAULT_SIZE) int size, Locale locale) {
		RegisterPage result = this.register.search(new RegisterQuery(text, type, province, status, page, size));
		Map<String, LicenceType> types = this.licences.licenceTypes()
			.stream()
			.collect(Collectors.toMap(LicenceType::getCode, Function.identity()));
		Map<String, Authority> authorityByCode = this.authorities.authorities()
			.stream()
			.collect(Collectors.toMap(Authority::getCode, Function.identity()));
		return new RegisterAnswer(result.entries()
			.stream()
			.map((entry) -> Entry.of(entry, types.get(entry.licenceTypeCode()),
					authorityByCode.get(entry.authorityCode()), locale))
			.toList(), result.total(), result.page(), result.size());
	}

	record RegisterAnswer(List<Entry> entries, long total, int page, int size) {
	}

	/**
	 * A licence's public fields; names in the request's language, and the address of its
	 * verification page.
	 */
	record Entry(String licenceNumber, String holderNameLo, String holderNameEn, String licenceType,
			String licenceTypeName, VerificationStatus status, String statusLabel, LocalDate issuedOn,
			LocalDate validUntil, String authority, String authorityName, String verificationUrl,
			LocalDate suspendedUntil, StatusReason reasonCategory, String reasonLabel) {

		static Entry of(RegisterEntry entry, LicenceType type, Authority authority, Locale locale) {
			return new Entry(entry.licenceNumber(), entry.holderNameLo(), entry.holderNameEn(), entry.licenceTypeCode(),
					(type != null) ? type.getName().in(locale) : entry.licenceTypeCode(), entry.status(),
					entry.status().label().in(locale), entry.issuedOn(), entry.validUntil(), entry.authorityCode(),
					(authority != null) ? authority.getName().in(locale) : entry.authorityCode(),
					"/verify/" + UriUtils.encodePathSegment(entry.licenceNumber(), StandardCharsets.UTF_8),
					entry.suspendedUntil(), entry.reasonCategory(),
					(entry.reasonCategory() != null) ? entry.reasonCategory().label().in(locale) : null);
		}

	}

}
