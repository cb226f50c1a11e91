package la.anuyat.licence;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import la.anuyat.audit.AuditTrail;
import la.anuyat.identity.Actor;
import la.anuyat.authority.Authority;
import la.anuyat.authority.AuthorityService;
import la.anuyat.authority.StaffMember;
import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.CaseFileService;
import la.anuyat.casefile.CaseStatus;
import la.anuyat.casefile.NumberSeries;
import la.anuyat.document.MediaTypeDetector;
import la.anuyat.licence.internal.CertificateContent;
import la.anuyat.licence.internal.CertificateFactory;
import la.anuyat.licence.internal.CertificateRepository;
import la.anuyat.licence.internal.LicenceRepository;
import la.anuyat.licence.internal.LicenceTypeRepository;
import la.anuyat.licence.internal.signing.CertificateTokens;
import la.anuyat.licence.internal.signing.SignedPdfVerifier;
import la.anuyat.licence.internal.signing.SigningKeys;
import la.anuyat.party.Company;
import la.anuyat.party.PartyService;
import la.anuyat.shared.ConflictException;
import la.anuyat.shared.InvalidInputException;
import la.anuyat.shared.LocalizedText;
import la.anuyat.shared.NotFoundException;
import la.anuyat.shared.PublicAddress;
import la.anuyat.shared.TooLargeException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Licence types, issued licences, their certificates and public verification.
 */
@Service
@Transactional
public class LicenceService {

	/** The case family of licence applications in the catalogue. */
	public static final String LICENCE_FAMILY = "LICENCE";

	private final LicenceTypeRepository types;

	private final LicenceRepository licences;

	private final CertificateRepository certificates;

	private final CertificateFactory certificateFactory;

	private final CaseFileService cases;

	private final LicenceApplications applications;

	private final PartyService parties;

	private final AuthorityService authorities;

	private final NumberSeries numbers;

	private final AuditTrail audit;

	private final Clock clock;

	private final PublicAddress publicAddress;

	private final ApplicationEventPublisher events;

	private final CertificateDetails certificateDetails;

	private final SignedPdfVerifier signatureVerifier = new SignedPdfVerifier();

	private final CertificateTokens tokens;

	private final MediaTypeDetector detector;

	private final DataSize maxUploadSize;

	private final List<CertificateParticulars> particulars;

	public LicenceService(LicenceTypeRepository types, LicenceRepository licences, CertificateRepository certificates,
			CertificateFactory certificateFactory, CaseFileService cases, LicenceApplications applications,
			PartyService parties, AuthorityService authorities, NumberSeries numbers, AuditTrail audit, Clock clock,
			PublicAddress publicAddress, ApplicationEventPublisher events, CertificateDetails certificateDetails,
			SigningKeys signingKeys, MediaTypeDetector detector,
			@Value("${anuyat.documents.max-size:20MB}") DataSize maxUploadSize,
			List<CertificateParticulars> particulars) {
		this.particulars = List.copyOf(particulars);
		this.certificateDetails = certificateDetails;
		this.tokens = new CertificateTokens(signingKeys);
		this.detector = detector;
		this.maxUploadSize = maxUploadSize;
		this.types = types;
		this.licences = licences;
		this.certificates = certificates;
		this.certificateFactory = certificateFactory;
		this.cases = cases;
		this.applications = applications;
		this.parties = parties;
		this.authorities = authorities;
		this.numbers = numbers;
		this.audit = audit;
		this.clock = clock;
		this.publicAddress = publicAddress;
		this.events = events;
	}

	/**
	 * The active licence types (family LICENCE); the catalogue's other case types (e.g.
	 * measures on a licence) are no licences.
	 */
	@Transactional(readOnly = true)
	public List<LicenceType> licenceTypes() {
		return this.types.findByActiveTrueOrderByCode()
			.stream()
			.filter((type) -> LICENCE_FAMILY.equals(type.getFamily()))
			.toList();
	}

	/**
	 * Every case type of the catalogue, active or not, of every family, by code: what the
	 * administrator's catalogue page lists.
	 */
	@Transactional(readOnly = true)
	public List<LicenceType> catalogue() {
		return this.types.findAll(Sort.by("code"));
	}

	@Transactional(readOnly = true)
	public LicenceType licenceType(String code) {
		return this.types.findById((code == null) ? "" : code)
			.orElseThrow(() -> new NotFoundException("licenceType.notFound",
					LocalizedText.of("ບໍ່ມີປະເພດໃບອະນຸຍາດນີ້: " + code, "No such licence type: " + code)));
	}

	/**
	 * Issues the licence of an approved case: numbers it, attaches the number to the
	 * case, renders and signs the certificate with the issuing authority's key.
	 */
	public Licence issue(long caseId, int validityMonths, Actor decidedBy) {
		CaseFile caseFile = this.cases.caseById(caseId);
		if (caseFile.getStatus() != CaseStatus.APPROVED) {
			throw new ConflictException("licence.caseNotApproved",
					LocalizedText.of("ຄຳຮ້ອງ " + caseFile.getCaseNumber() + " ຍັງບໍ່ໄດ້ຮັບອະນຸມັດ",
							"Case " + caseFile.getCaseNumber() + " is not approved"));
		}
		if (this.licences.findByCaseId(caseId).isPresent()) {
			throw new ConflictException("case.licenceAlreadyIssued",
					LocalizedText.of("ໃບອະນຸຍາດຂອງຄຳຮ້ອງນີ້ຖືກອອກແລ້ວ", "A licence was already issued for this case"));
		}
		if (validityMonths <= 0) {
			throw new InvalidInputException("licence.validity",
					LocalizedText.of("ອາຍຸໃບອະນຸຍາດບໍ່ຖືກຕ້ອງ", "The validity period must be at least one month"));
		}
		LicenceType type = licenceType(caseFile.getCaseType());
		Company holder = this.parties.company(caseFile.getCompanyId());
		Authority authority = this.authorities.authority(caseFile.getAuthorityCode());
		LocalDate today = LocalDate.now(this.clock);
		String series = "LIC-" + authority.getCode() + "-" + today.getYear();
		String number = NumberSeries.format(series, this.numbers.next(series));
		// valid for the given months, the last day included
		LocalDate validUntil = today.plusMonths(validityMonths).minusDays(1);
		Licence licence = this.licences.save(new Licence(number, type.getCode(), holder.getId(), holder.getNameLo(),
				holder.getNameEn(), authority.getCode(), caseFile.getId(), caseFile.getCaseNumber(), today, validUntil,
				decidedBy.username()));
		this.applications.recordIssued(caseId, number);
		this.particulars.forEach((family) -> family.licenceIssuing(caseFile, licence));
		Certificate certificate = certify(licence, type, caseFile, holder, authority, today, decidedBy);
		this.audit.record(
				decidedBy.username(), "licence.issued", "licence", number, "case=" + caseFile.getCaseNumber()
						+ " validUntil=" + validUntil + " certificateSha256=" + certificate.getSha256(),
				this.authorities.delegationReferenceOf(decidedBy));
		this.events.publishEvent(new LicenceIssued(caseId, caseFile.getCaseNumber(), number, validUntil));
		return licence;
	}

	/**
	 * Renders and signs the licence's certificate as the case decided it (the answers its
	 * form tags for the certificate, who decided and under which delegation) and keeps it
	 * as the licence's current certificate; an earlier one verifies as superseded from
	 * then on. For the licence feature's own services (issue, renewal, amendment).
	 */
	public Certificate certify(Licence licence, LicenceType type, CaseFile caseFile, Company holder,
			Authority authority, LocalDate issuedOn, Actor decidedBy) {
		String decider = (caseFile.getDecidedBy() != null) ? caseFile.getDecidedBy() : decidedBy.username();
		Optional<StaffMember> deciderMember = this.authorities.staffByUsername(decider);
		String deciderLo = deciderMember.map(StaffMember::getFullNameLo)
			.filter((name) -> !name.isBlank())
			.orElse(decider);
		String deciderEn = deciderMember.map(StaffMember::getFullNameEn)
			.filter((name) -> !name.isBlank())
			.orElse(deciderLo);
		String actingUnder = caseFile.getReview().getDecidedUnder();
		if (actingUnder != null) {
			// decided by a deputy as acting head: the certificate says so, and under
			// which order
			deciderLo = deciderLo + ", ຮັກສາການແທນຫົວໜ້າ ຕາມໜັງສືມອບສິດເລກທີ " + actingUnder;
			deciderEn = deciderEn + ", acting head under delegation order " + actingUnder;
		}
		String number = licence.getLicenceNumber();
		CertificateContent content = new CertificateContent(number, type.getCertificateTitle().lo(),
				type.getCertificateTitle().en(), type.getCode(), type.getNameLo(), type.getNameEn(), holder.getNameLo(),
				holder.getNameEn(), holder.getRegistrationNumber(), holder.getAddress(),
				certificateRows(type, caseFile, licence), authority.getCode(), authority.getNameLo(),
				authority.getNameEn(), issuedOn, licence.getValidUntil(), caseFile.getCaseNumber(), deciderLo,
				deciderEn, this.publicAddress.link(verificationPath(number)));
		byte[] pdf = this.certificateFactory.produce(content);
		return this.certificates
			.save(new Certificate(licence.getId(), pdf, sha256(pdf), LocalDateTime.now(this.clock)));
	}

	/** The rows the form tags for the certificate, then those the type's family adds. */
	private List<CertificateRow> certificateRows(LicenceType type, CaseFile caseFile, Licence licence) {
		List<CertificateRow> rows = new ArrayList<>(
				this.certificateDetails.rowsFor(type.getCode(), caseFile.getFormData()));
		this.particulars.forEach((family) -> rows.addAll(family.rowsFor(licence)));
		return rows;
	}

	/**
	 * The holder's details an application's answers give (an amendment's change them).
	 */
	public Map<String, String> holderDetailsOf(CaseFile caseFile) {
		return this.certificateDetails.holderDetails(caseFile.getCaseType(), caseFile.getFormData());
	}

	/**
	 * Where anyone checks a licence: the page behind the certificate's QR code.
	 */
	public static String verificationPath(String licenceNumber) {
		return "/verify/" + licenceNumber;
	}

	@Transactional(readOnly = true)
	public Optional<Licence> licence(String number) {
		return (number == null) ? Optional.empty() : this.licences.findByLicenceNumber(number);
	}

	/**
	 * The public answer about a licence number, on today's date.
	 */
	@Transactional(readOnly = true)
	public VerificationStatus verify(String number) {
		return licence(number).map((licence) -> licence.verificationStatus(LocalDate.now(this.clock)))
			.orElse(VerificationStatus.UNKNOWN);
	}

	/**
	 * The signed certificate, for the holder's applicants and staff with jurisdiction; to
	 * anyone else the licence does not exist.
	 */
	@Transactional(readOnly = true)
	public byte[] certificatePdf(Actor actor, String licenceNumber) {
		Licence licence = licence(licenceNumber).filter((candidate) -> mayRead(actor, candidate))
			.orElseThrow(() -> notFound(licenceNumber));
		return this.certificates.findFirstByLicenceIdOrderByIdDesc(licence.getId())
			.map(Certificate::getPdf)
			.orElseThrow(() -> notFound(licenceNumber));
	}

	/**
	 * Whether an uploaded file is a genuine certificate: byte for byte one the register
	 * issued (its SHA-256 is stored), with signatures that still verify; and then whether
	 * it is the licence's current certificate or an earlier one. A copy with anything
	 * appended or changed has another SHA-256 and is not genuine, whatever it shows.
	 * @throws InvalidInputException {@code certificate.empty} for an empty file
	 * @throws TooLargeException {@code certificate.tooLarge} above the upload limit
	 */
	@Transactional(readOnly = true)
	public CertificateCheck checkCertificate(byte[] file) {
		if (file == null || file.length == 0) {
			throw new InvalidInputException("certificate.empty",
					LocalizedText.of("ໄຟລ໌ບໍ່ມີຂໍ້ມູນ", "The file is empty"));
		}
		if (file.length > this.maxUploadSize.toBytes()) {
			long mb = Math.max(1, this.maxUploadSize.toMegabytes());
			throw new TooLargeException("certificate.tooLarge",
					LocalizedText.of("ໄຟລ໌ໃຫຍ່ເກີນ " + mb + " MB", "The file is larger than " + mb + " MB"));
		}
		if (!"application/pdf".equals(this.detector.detect(file))) {
			return CertificateCheck.notGenuine(CertificateCheck.Outcome.NOT_A_PDF);
		}
		Optional<Certificate> issued = this.certificates.findFirstBySha256OrderByIdDesc(sha256(file));
		// the digest already proves the bytes are those issued; the signatures are
		// checked
		// too, so that the register alone can never make a file genuine
		if (issued.isEmpty() || !this.signatureVerifier.verify(file).signaturesValid()) {
			return CertificateCheck.notGenuine(CertificateCheck.Outcome.NOT_GENUINE);
		}
		Optional<Licence> licence = this.licences.findById(issued.get().getLicenceId());
		if (licence.isEmpty()) {
			return CertificateCheck.notGenuine(CertificateCheck.Outcome.NOT_GENUINE);
		}
		boolean current = this.certificates.findFirstByLicenceIdOrderByIdDesc(licence.get().getId())
			.map((latest) -> latest.getId().equals(issued.get().getId()))
			.orElse(false);
		return new CertificateCheck(current ? CertificateCheck.Outcome.CURRENT : CertificateCheck.Outcome.SUPERSEDED,
				licence.get().getLicenceNumber(), licence.get().verificationStatus(LocalDate.now(this.clock)));
	}

	/**
	 * @return what the token of a certificate's QR code states, when it verifies with a
	 * published key
	 */
	public Optional<CertificateToken> readToken(String token) {
		return this.tokens.read(token);
	}

	/**
	 * The companies that hold a licence in force (active or suspended), once each: the
	 * operators the public may complain about.
	 */
	@Transactional(readOnly = true)
	public List<Long> holdersOfLicencesInForce() {
		return this.licences.findByStatusInOrderById(List.of(LicenceStatus.ACTIVE, LicenceStatus.SUSPENDED))
			.stream()
			.map(Licence::getCompanyId)
			.distinct()
			.toList();
	}

	/**
	 * @return the public keys that verify the certificates' tokens, as a JWKS (RFC 7517)
	 */
	public Map<String, Object> publishedTokenKeys() {
		return this.tokens.publishedKeys().toJSONObject(true);
	}

	@Transactional(readOnly = true)
	public List<Licence> licencesOf(long companyId) {
		return this.licences.findByCompanyIdOrderByIssuedOnDesc(companyId);
	}

	private static boolean mayRead(Actor actor, Licence licence) {
		if (actor == null) {
			return false;
		}
		if (actor.isApplicant()) {
			return licence.getCompanyId().equals(actor.companyId());
		}
		return actor.hasJurisdictionOver(licence.getAuthorityCode());
	}

	private static NotFoundException notFound(String number) {
		return new NotFoundException("licence.notFound",
				LocalizedText.of("ບໍ່ພົບໃບອະນຸຍາດ " + number, "No such licence: " + number));
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
