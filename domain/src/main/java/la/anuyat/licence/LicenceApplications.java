package la.anuyat.licence;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.CaseFileService;
import la.anuyat.casefile.CaseId;
import la.anuyat.casefile.CaseParty;
import la.anuyat.casefile.CaseStatus;
import la.anuyat.casefile.PartyRole;
import la.anuyat.identity.Actor;
import la.anuyat.licence.internal.LicenceApplicationRepository;
import la.anuyat.shared.ConflictException;
import la.anuyat.shared.LocalizedText;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The licence applications: drafting one on the case core (a new licence, or the renewal
 * or amendment of a licence the company holds), its kind, the licence it is about and the
 * licence it issued. Cases of other families (measures, complaints) have none.
 */
@Service
@Transactional
public class LicenceApplications {

	private final LicenceApplicationRepository applications;

	private final CaseFileService cases;

	public LicenceApplications(LicenceApplicationRepository applications, CaseFileService cases) {
		this.applications = applications;
		this.cases = cases;
	}

	/**
	 * Drafts the application for a new licence of a type; the case file checks the type
	 * and the province.
	 */
	public CaseFile draftNew(Actor applicant, String licenceTypeCode, String provinceCode, String formDataJson) {
		CaseFile caseFile = this.cases.createDraft(applicant, licenceTypeCode, provinceCode, formDataJson);
		this.applications.save(LicenceApplication.forNewLicence(CaseId.of(caseFile)));
		return caseFile;
	}

	/**
	 * Drafts the renewal or the amendment of a licence (the caller has checked that the
	 * applicant's company holds it and that it may be renewed or amended): the company
	 * joins the case as the licence's holder, and the case is found by the licence's
	 * number.
	 */
	public CaseFile draftAbout(Actor applicant, Licence licence, String provinceCode, String formDataJson,
			ApplicationKind kind) {
		String number = licence.getLicenceNumber();
		CaseFile caseFile = this.cases.createDraft(applicant, licence.getLicenceTypeCode(), provinceCode, formDataJson,
				LocalizedText.of("ສ້າງຄຳຮ້ອງ" + kind.label().lo() + "ໃບອະນຸຍາດ " + number,
						kind.label().en() + " of licence " + number + " drafted"));
		caseFile.addParty(CaseParty.company(PartyRole.HOLDER, licence.getCompanyId(), null));
		caseFile.addReference(number);
		this.applications.save(LicenceApplication.about(CaseId.of(caseFile), kind, number));
		return caseFile;
	}

	/** The application of a case; empty for a case of another family. */
	@Transactional(readOnly = true)
	public Optional<LicenceApplication> of(CaseId caseId) {
		return this.applications.findById(caseId.value());
	}

	/**
	 * The kind of application a case is; {@link ApplicationKind#NEW} for other families.
	 */
	@Transactional(readOnly = true)
	public ApplicationKind kindOf(CaseFile caseFile) {
		return of(CaseId.of(caseFile)).map(LicenceApplication::getKind).orElse(ApplicationKind.NEW);
	}

	/** The licence a case issued (or renewed, or amended); empty until then. */
	@Transactional(readOnly = true)
	public Optional<String> licenceIssuedBy(CaseFile caseFile) {
		return of(CaseId.of(caseFile)).map(LicenceApplication::getLicenceNumber);
	}

	/** The applications of many cases, by case id, for lists. */
	@Transactional(readOnly = true)
	public Map<Long, LicenceApplication> ofCases(Collection<Long> caseIds) {
		if (caseIds.isEmpty()) {
			return Map.of();
		}
		return this.applications.findByCaseIdIn(caseIds)
			.stream()
			.collect(Collectors.toMap((application) -> application.getCaseId().value(), Function.identity()));
	}

	/** Every renewal and amendment of a licence, in any status, newest first. */
	@Transactional(readOnly = true)
	public List<CaseFile> applicationsAbout(String licenceNumber) {
		return this.applications.findBySubjectLicenceNumber(licenceNumber)
			.stream()
			.map((application) -> this.cases.caseById(application.getCaseId().value()))
			.sorted(Comparator.comparing(CaseFile::getCreatedAt).reversed())
			.toList();
	}

	/**
	 * The renewals and amendments of a licence that are still open (drafted, submitted,
	 * in review or awaiting payment): a licence has at most one at a time.
	 */
	@Transactional(readOnly = true)
	public List<CaseFile> openApplicationsAbout(String licenceNumber) {
		return applicationsAbout(licenceNumber).stream()
			.filter((caseFile) -> !caseFile.getStatus().isClosed())
			.toList();
	}

	/**
	 * Records the licence an approved (and paid) application issued, renewed or amended,
	 * in the case's history.
	 */
	public void recordIssued(long caseId, String licenceNumber) {
		CaseFile caseFile = this.cases.caseById(caseId);
		if (caseFile.getStatus() != CaseStatus.APPROVED) {
			throw new ConflictException("case.notApproved",
					LocalizedText.of("ຄຳຮ້ອງ " + caseFile.getCaseNumber() + " ຍັງບໍ່ໄດ້ຮັບອະນຸມັດ",
							"Case " + caseFile.getCaseNumber() + " is not approved"));
		}
		LicenceApplication application = this.applications.findById(caseId)
			.orElseThrow(() -> new IllegalStateException("Case " + caseFile.getCaseNumber() + " is no application"));
		application.issued(licenceNumber);
		this.cases.addReference(caseId, licenceNumber, "case.licenceIssued",
				LocalizedText.of("ອອກໃບອະນຸຍາດເລກທີ " + licenceNumber, "Licence " + licenceNumber + " issued"));
	}

}
