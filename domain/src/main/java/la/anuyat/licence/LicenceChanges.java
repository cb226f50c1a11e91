package la.anuyat.licence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import la.anuyat.audit.AuditTrail;
import la.anuyat.identity.Actor;
import la.anuyat.authority.Authority;
import la.anuyat.authority.AuthorityService;
import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.CaseFileService;
import la.anuyat.casefile.CaseId;
import la.anuyat.casefile.CaseStatus;
import la.anuyat.licence.internal.LicenceRepository;
import la.anuyat.party.Company;
import la.anuyat.party.PartyService;
import la.anuyat.shared.ConflictException;
import la.anuyat.shared.LocalizedText;
import la.anuyat.shared.NotFoundException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The renewal and the amendment of a licence: who may apply for them and when, the
 * answers an application starts from, and their effect once decided and paid. Both keep
 * the licence's number and give it a new certificate; the earlier certificate verifies as
 * superseded from then on.
 * <ul>
 * <li>A renewal (ຕໍ່ອາຍຸ) is applied for within the licence type's renewal window (days
 * before the last valid day, and a grace period after it, from the rules); the new
 * validity runs from the old last day.</li>
 * <li>An amendment (ແກ້ໄຂ) changes holder details, address or scope of a valid licence;
 * its validity stays.</li>
 * </ul>
 * A licence has at most one renewal or amendment open at a time.
 */
@Service
@Transactional
public class LicenceChanges {

	private final LicenceRepository licences;

	private final LicenceService licenceService;

	private final CaseFileService cases;

	private final LicenceApplications applications;

	private final PartyService parties;

	private final AuthorityService authorities;

	private final ObjectProvider<RenewalWindow> windows;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	public LicenceChanges(LicenceRepository licences, LicenceService licenceService, CaseFileService cases,
			LicenceApplications applications, PartyService parties, AuthorityService authorities,
			ObjectProvider<RenewalWindow> windows, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.licences = licences;
		this.licenceService = licenceService;
		this.cases = cases;
		this.applications = applications;
		this.parties = parties;
		this.authorities = authorities;
		this.windows = windows;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The licence the applicant's company may apply to renew today.
	 * @throws NotFoundException when the company does not hold it
	 * @throws ConflictException {@code licence.renewalNotOpen},
	 * {@code licence.notRenewable} or {@code licence.changeInProgress}
	 */
	@Transactional(readOnly = true)
	public Licence renewable(Actor applicant, String licenceNumber) {
		Licence licence = heldBy(applicant, licenceNumber);
		if (licence.getStatus() != LicenceStatus.ACTIVE && licence.getStatus() != LicenceStatus.EXPIRED) {
			throw new ConflictException("licence.notRenewable",
					LocalizedText.of("ໃບອະນຸຍາດ " + licenceNumber + " ບໍ່ສາມາດຕໍ່ອາຍຸໄດ້ໃນສະຖານະນີ້",
							"Licence " + licenceNumber + " cannot be renewed while it is " + licence.getStatus()));
		}
		RenewalWindow.Window window = this.windows.getObject().of(licence.getLicenceTypeCode());
		LocalDate today = LocalDate.now(this.clock);
		LocalDate opens = licence.getValidUntil().minusDays(window.opensDaysBefore());
		LocalDate closes = licence.getValidUntil().plusDays(window.graceDaysAfter());
		if (today.isBefore(opens) || today.isAfter(closes)) {
			throw new ConflictException("licence.renewalNotOpen",
					LocalizedText.of("ຕໍ່ອາຍຸໃບອະນຸຍາດ " + licenceNumber + " ໄດ້ແຕ່ວັນທີ " + opens + " ຫາ " + closes,
							"Licence " + licenceNumber + " may be renewed from " + opens + " to " + closes));
		}
		requireNoChangeInProgress(licenceNumber);
		return licence;
	}

	/**
	 * The licence the applicant's company may apply to amend: a valid one.
	 */
	@Transactional(readOnly = true)
	public Licence amendable(Actor applicant, String licenceNumber) {
		Licence licence = heldBy(applicant, licenceNumber);
		if (licence.verificationStatus(LocalDate.now(this.clock)) != VerificationStatus.VALID) {
			throw new ConflictException("licence.notAmendable",
					LocalizedText.of("ແກ້ໄຂໄດ້ສະເພາະໃບອະນຸຍາດທີ່ຍັງໃຊ້ໄດ້", "Only a valid licence can be amended"));
		}
		requireNoChangeInProgress(licenceNumber);
		return licence;
	}

	/**
	 * The answers a renewal or an amendment starts from: those of the licence's latest
	 * decided application (its last amendment or renewal, else the one that issued it).
	 */
	@Transactional(readOnly = true)
	public CaseFile latestApplicationOf(Licence licence) {
		List<CaseFile> about = this.applications.applicationsAbout(licence.getLicenceNumber())
			.stream()
			.filter((caseFile) -> caseFile.getStatus() == CaseStatus.APPROVED)
			.sorted(Comparator.comparing(CaseFile::getCreatedAt).reversed())
			.toList();
		return about.isEmpty() ? this.cases.caseById(licence.getCaseId()) : about.get(0);
	}

	/**
	 * Renews the licence of an approved and paid renewal: valid for the given months more
	 * from its old last day, with a new certificate.
	 */
	public Licence renew(long caseId, int validityMonths, Actor decidedBy) {
		CaseFile caseFile = approved(caseId, ApplicationKind.RENEWAL);
		Licence licence = subjectOf(caseFile);
		LocalDate oldEnd = licence.getValidUntil();
		licence.renew(oldEnd.plusMonths(validityMonths));
		Company holder = this.parties.company(licence.getCompanyId());
		Authority authority = this.authorities.authority(licence.getAuthorityCode());
		Certificate certificate = this.licenceService.certify(licence,
				this.licenceService.licenceType(licence.getLicenceTypeCode()), caseFile, holder, authority,
				LocalDate.now(this.clock), decidedBy);
		this.applications.recordIssued(caseId, licence.getLicenceNumber());
		this.audit.record(decidedBy.username(), "licence.renewed", "licence", licence.getLicenceNumber(),
				"case=" + caseFile.getCaseNumber() + " validUntil " + oldEnd + " -> " + licence.getValidUntil()
						+ " certificateSha256=" + certificate.getSha256(),
				this.authorities.delegationReferenceOf(decidedBy));
		this.events.publishEvent(new LicenceRenewed(caseId, caseFile.getCaseNumber(), licence.getLicenceNumber(),
				licence.getValidUntil()));
		return licence;
	}

	/**
	 * Amends the licence of an approved and paid amendment: the holder's details as the
	 * amendment gives them (the company's record too), and a new certificate carrying the
	 * amended answers.
	 */
	public Licence amend(long caseId, Actor decidedBy) {
		CaseFile caseFile = approved(caseId, ApplicationKind.AMENDMENT);
		Licence licence = subjectOf(caseFile);
		Map<String, String> details = this.licenceService.holderDetailsOf(caseFile);
		Company holder = this.parties.amendCompany(Actor.system(), licence.getCompanyId(), details.get("nameLo"),
				details.get("nameEn"), details.get("address"));
		licence.amendHolder(holder.getNameLo(), holder.getNameEn());
		Authority authority = this.authorities.authority(licence.getAuthorityCode());
		Certificate certificate = this.licenceService.certify(licence,
				this.licenceService.licenceType(licence.getLicenceTypeCode()), caseFile, holder, authority,
				LocalDate.now(this.clock), decidedBy);
		this.applications.recordIssued(caseId, licence.getLicenceNumber());
		this.audit.record(decidedBy.username(), "licence.amended", "licence", licence.getLicenceNumber(),
				"case=" + caseFile.getCaseNumber() + " certificateSha256=" + certificate.getSha256(),
				this.authorities.delegationReferenceOf(decidedBy));
		this.events.publishEvent(new LicenceAmended(caseId, caseFile.getCaseNumber(), licence.getLicenceNumber()));
		return licence;
	}

	private Licence heldBy(Actor applicant, String licenceNumber) {
		return this.licenceService.licence(licenceNumber)
			.filter((licence) -> applicant != null && applicant.isApplicant()
					&& licence.getCompanyId().equals(applicant.companyId()))
			.orElseThrow(() -> new NotFoundException("licence.notFound",
					LocalizedText.of("ບໍ່ພົບໃບອະນຸຍາດ " + licenceNumber, "No such licence: " + licenceNumber)));
	}

	private void requireNoChangeInProgress(String licenceNumber) {
		this.applications.openApplicationsAbout(licenceNumber).stream().findFirst().ifPresent((open) -> {
			throw new ConflictException("licence.changeInProgress", LocalizedText.of(
					"ໃບອະນຸຍາດ " + licenceNumber + " ມີຄຳຮ້ອງ " + open.getCaseNumber() + " ຢູ່ແລ້ວ",
					"Licence " + licenceNumber + " already has application " + open.getCaseNumber() + " in progress"));
		});
	}

	private CaseFile approved(long caseId, ApplicationKind kind) {
		CaseFile caseFile = this.cases.caseById(caseId);
		if (caseFile.getStatus() != CaseStatus.APPROVED || this.applications.kindOf(caseFile) != kind) {
			throw new ConflictException("licence.caseNotApproved",
					LocalizedText.of(
							"ຄຳຮ້ອງ " + caseFile.getCaseNumber() + " ບໍ່ແມ່ນ" + kind.label().lo() + "ທີ່ອະນຸມັດແລ້ວ",
							"Case " + caseFile.getCaseNumber() + " is no approved " + kind.label().en().toLowerCase()));
		}
		return caseFile;
	}

	private Licence subjectOf(CaseFile caseFile) {
		String number = this.applications.of(CaseId.of(caseFile))
			.map(LicenceApplication::getSubjectLicenceNumber)
			.orElse(null);
		return this.licences.findByLicenceNumber(number)
			.orElseThrow(() -> new IllegalStateException(
					"Case " + caseFile.getCaseNumber() + " is about no licence: " + number));
	}

}
