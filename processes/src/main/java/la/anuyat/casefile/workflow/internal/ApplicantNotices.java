package la.anuyat.casefile.workflow.internal;

import la.anuyat.authority.Authority;
import la.anuyat.authority.AuthorityService;
import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.CaseFileService;
import la.anuyat.licence.Licence;
import la.anuyat.licence.LicenceService;
import la.anuyat.notification.NotificationService;
import la.anuyat.party.Company;
import la.anuyat.party.PartyService;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The mails the licence application sends to the applicant's company, Lao first and then
 * English in one mail: the applicant's language is not known here, and a business may
 * forward the mail to staff who read either.
 */
@Component
class ApplicantNotices {

	private final CaseFileService caseFiles;

	private final PartyService parties;

	private final AuthorityService authorities;

	private final LicenceService licences;

	private final NotificationService notifications;

	private final String publicBaseUrl;

	ApplicantNotices(CaseFileService caseFiles, PartyService parties, AuthorityService authorities,
			LicenceService licences, NotificationService notifications,
			@Value("${anuyat.public-base-url:http://localhost:8080}") String publicBaseUrl) {
		this.caseFiles = caseFiles;
		this.parties = parties;
		this.authorities = authorities;
		this.licences = licences;
		this.notifications = notifications;
		this.publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
				: publicBaseUrl;
	}

	/**
	 * Tells the company that its application was rejected, and why.
	 */
	void rejection(long caseId) {
		CaseFile caseFile = this.caseFiles.caseById(caseId);
		Company company = this.parties.company(caseFile.getCompanyId());
		Authority authority = this.authorities.authority(caseFile.getAuthorityCode());
		String number = caseFile.getCaseNumber();
		String reasons = (caseFile.getDecisionReasons() != null) ? caseFile.getDecisionReasons() : "";
		String subject = "ຄຳຮ້ອງ " + number + " ບໍ່ໄດ້ຮັບອະນຸມັດ / Application " + number + " rejected";
		String body = "ຮຽນ " + company.getNameLo() + ",\n\n" + "ຄຳຮ້ອງເລກທີ " + number + " ຂອງທ່ານບໍ່ໄດ້ຮັບອະນຸມັດຈາກ "
				+ authority.getNameLo() + ".\n" + "ເຫດຜົນ: " + reasons + "\n\n" + "----------\n\n" + "Dear "
				+ englishName(company) + ",\n\n" + "Your application " + number + " was rejected by "
				+ authority.getNameEn() + ".\n" + "Reasons: " + reasons + "\n";
		this.notifications.queue(company.getEmail(), subject, body);
	}

	/**
	 * Tells the company that its licence was issued and where anyone can verify it.
	 */
	void licenceIssued(long caseId) {
		CaseFile caseFile = this.caseFiles.caseById(caseId);
		Company company = this.parties.company(caseFile.getCompanyId());
		Licence licence = this.licences.licence(caseFile.getLicenceNumber())
			.orElseThrow(() -> new IllegalStateException("Case " + caseFile.getCaseNumber() + " has no licence"));
		String number = licence.getLicenceNumber();
		String verifyUrl = this.publicBaseUrl + "/verify/" + number;
		String subject = "ໃບອະນຸຍາດ " + number + " ອອກແລ້ວ / Licence " + number + " issued";
		String body = "ຮຽນ " + company.getNameLo() + ",\n\n" + "ຄຳຮ້ອງເລກທີ " + caseFile.getCaseNumber()
				+ " ຂອງທ່ານໄດ້ຮັບອະນຸມັດ. ໃບອະນຸຍາດເລກທີ " + number + " ໃຊ້ໄດ້ຮອດວັນທີ " + licence.getValidUntil()
				+ ".\n" + "ດາວໂຫຼດໃບອະນຸຍາດໄດ້ໃນໜ້າຄຳຮ້ອງຂອງທ່ານ. ກວດສອບ: " + verifyUrl + "\n\n" + "----------\n\n"
				+ "Dear " + englishName(company) + ",\n\n" + "Your application " + caseFile.getCaseNumber()
				+ " was approved. Licence " + number + " is valid until " + licence.getValidUntil() + ".\n"
				+ "Download the certificate from your applications page. Verify: " + verifyUrl + "\n";
		this.notifications.queue(company.getEmail(), subject, body);
	}

	private static String englishName(Company company) {
		return (company.getNameEn() != null) ? company.getNameEn() : company.getNameLo();
	}

}
