package la.anuyat.licence.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import la.anuyat.authority.Authority;
import la.anuyat.authority.AuthorityService;
import la.anuyat.casefile.ApplicationDecided;
import la.anuyat.casefile.ApplicationFoundComplete;
import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.CaseFileService;
import la.anuyat.casefile.Decision;
import la.anuyat.casefile.InformationRequested;
import la.anuyat.licence.LicenceAmended;
import la.anuyat.licence.LicenceIssued;
import la.anuyat.licence.LicenceRenewed;
import la.anuyat.licence.LicenceService;
import la.anuyat.notification.CompanyNotices;
import la.anuyat.shared.LocalizedText;
import la.anuyat.shared.PublicAddress;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the applicant about each step of their application that needs them or that they
 * wait for: a mail in the language of their account, with a link to the case, and a
 * notice in their pages.
 * <p>
 * The listeners run inside the transaction that published the event, so the mail joins
 * the outbox table and the notice its table atomically with the step itself: a step that
 * rolls back leaves no mail about it, and a committed step never lacks its mail. The
 * relay sends the outbox after the commit.
 */
@Component
class ApplicantNotices {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final CaseFileService caseFiles;

	private final AuthorityService authorities;

	private final CompanyNotices companyNotices;

	private final PublicAddress publicAddress;

	ApplicantNotices(CaseFileService caseFiles, AuthorityService authorities, CompanyNotices companyNotices,
			PublicAddress publicAddress) {
		this.caseFiles = caseFiles;
		this.authorities = authorities;
		this.companyNotices = companyNotices;
		this.publicAddress = publicAddress;
	}

	@EventListener
	void informationRequested(InformationRequested event) {
		CaseFile caseFile = this.caseFiles.caseById(event.caseId());
		Authority authority = this.authorities.authority(caseFile.getAuthorityCode());
		String number = caseFile.getCaseNumber();
		String question = (event.question() != null) ? event.question() : "";
		send(caseFile, "informationRequested",
				LocalizedText.of("ຄຳຮ້ອງ " + number + ": ຕ້ອງການຂໍ້ມູນເພີ່ມເຕີມ",
						"Application " + number + ": more information needed"),
				LocalizedText.of(
						authority.getNameLo() + " ຕ້ອງການຂໍ້ມູນເພີ່ມເຕີມກ່ຽວກັບຄຳຮ້ອງເລກທີ " + number + " ຂອງທ່ານ:\n\n"
								+ question + "\n\nກະລຸນາຕອບ ແລະ ອັບໂຫຼດເອກະສານທີ່ຂໍໃນໜ້າຄຳຮ້ອງຂອງທ່ານ.",
						authority.getNameEn() + " needs more information about your application " + number + ":\n\n"
								+ question + "\n\nPlease answer, and upload any document asked for, on your "
								+ "application's page."));
	}

	@EventListener
	void applicationFoundComplete(ApplicationFoundComplete event) {
		CaseFile caseFile = this.caseFiles.caseById(event.caseId());
		Authority authority = this.authorities.authority(caseFile.getAuthorityCode());
		String number = caseFile.getCaseNumber();
		send(caseFile, "applicationComplete",
				LocalizedText.of("ຄຳຮ້ອງ " + number + ": ເອກະສານຄົບຖ້ວນ, ກຳລັງພິຈາລະນາ",
						"Application " + number + ": complete, under study"),
				LocalizedText.of(
						"ຄຳຮ້ອງເລກທີ " + number + " ຂອງທ່ານມີເອກະສານຄົບຖ້ວນ ແລະ " + authority.getNameLo()
								+ " ກຳລັງພິຈາລະນາ. ພວກເຮົາຈະແຈ້ງໃຫ້ທ່ານຊາບເມື່ອມີການຕັດສິນ.",
						"Your application " + number + " is complete, and " + authority.getNameEn()
								+ " is now studying it. We will tell you when it is decided."));
	}

	/**
	 * A rejection is told at once, with its reasons. An approval is told when its licence
	 * is issued, with the certificate ({@link #licenceIssued}).
	 */
	@EventListener
	void applicationDecided(ApplicationDecided event) {
		if (event.decision() != Decision.REJECT) {
			return;
		}
		CaseFile caseFile = this.caseFiles.caseById(event.caseId());
		if (!LicenceService.LICENCE_FAMILY.equals(this.caseFiles.familyOf(caseFile))) {
			// a measure on a licence is no application: its own notices tell the holder
			return;
		}
		Authority authority = this.authorities.authority(caseFile.getAuthorityCode());
		String number = caseFile.getCaseNumber();
		String reasons = (event.reasons() != null) ? event.reasons() : "";
		send(caseFile, "applicationRejected",
				LocalizedText.of("ຄຳຮ້ອງ " + number + " ບໍ່ໄດ້ຮັບອະນຸມັດ", "Application " + number + " rejected"),
				LocalizedText.of(
						"ຄຳຮ້ອງເລກທີ " + number + " ຂອງທ່ານບໍ່ໄດ້ຮັບອະນຸມັດຈາກ " + authority.getNameLo()
								+ ".\n\nເຫດຜົນ: " + reasons,
						"Your application " + number + " was rejected by " + authority.getNameEn() + ".\n\nReasons: "
								+ reasons));
	}

	@EventListener
	void licenceIssued(LicenceIssued event) {
		CaseFile caseFile = this.caseFiles.caseById(event.caseId());
		String number = caseFile.getCaseNumber();
		String licence = event.licenceNumber();
		String validUntil = format(event.validUntil());
		String verifyLink = this.publicAddress.link(LicenceService.verificationPath(licence));
		send(caseFile, "licenceIssued",
				LocalizedText.of("ໃບອະນຸຍາດ " + licence + " ອອກແລ້ວ", "Licence " + licence + " issued"),
				LocalizedText.of(
						"ຄຳຮ້ອງເລກທີ " + number + " ຂອງທ່ານໄດ້ຮັບອະນຸມັດ. ໃບອະນຸຍາດເລກທີ " + licence
								+ " ໃຊ້ໄດ້ຮອດວັນທີ " + validUntil
								+ ".\n\nດາວໂຫຼດໃບອະນຸຍາດ (PDF ທີ່ມີລາຍເຊັນ) ໄດ້ໃນໜ້າຄຳຮ້ອງຂອງທ່ານ."
								+ "\nທຸກຄົນກວດສອບໃບອະນຸຍາດນີ້ໄດ້ທີ່: " + verifyLink,
						"Your application " + number + " was approved. Licence " + licence + " is valid until "
								+ validUntil + ".\n\nDownload the signed certificate (PDF) from your application's "
								+ "page.\nAnyone can verify the licence at: " + verifyLink));
	}

	@EventListener
	void licenceRenewed(LicenceRenewed event) {
		CaseFile caseFile = this.caseFiles.caseById(event.caseId());
		String licence = event.licenceNumber();
		String validUntil = format(event.validUntil());
		send(caseFile, "licenceRenewed",
				LocalizedText.of("ໃບອະນຸຍາດ " + licence + " ຕໍ່ອາຍຸແລ້ວ", "Licence " + licence + " renewed"),
				LocalizedText.of(
						"ການຕໍ່ອາຍຸໃບອະນຸຍາດເລກທີ " + licence + " (ຄຳຮ້ອງ " + caseFile.getCaseNumber()
								+ ") ໄດ້ຮັບອະນຸມັດ. ໃບອະນຸຍາດໃຊ້ໄດ້ຮອດວັນທີ " + validUntil
								+ ".\n\nດາວໂຫຼດໃບອະນຸຍາດສະບັບໃໝ່ໄດ້ໃນໜ້າຄຳຮ້ອງຂອງທ່ານ; ສະບັບກ່ອນຖືກແທນທີ່ແລ້ວ.",
						"The renewal of licence " + licence + " (application " + caseFile.getCaseNumber()
								+ ") was approved. The licence is valid until " + validUntil
								+ ".\n\nDownload the new certificate from your application's page; the earlier one is "
								+ "superseded."));
	}

	@EventListener
	void licenceAmended(LicenceAmended event) {
		CaseFile caseFile = this.caseFiles.caseById(event.caseId());
		String licence = event.licenceNumber();
		send(caseFile, "licenceAmended",
				LocalizedText.of("ໃບອະນຸຍາດ " + licence + " ແກ້ໄຂແລ້ວ", "Licence " + licence + " amended"),
				LocalizedText.of("ການແກ້ໄຂໃບອະນຸຍາດເລກທີ " + licence + " (ຄຳຮ້ອງ " + caseFile.getCaseNumber()
						+ ") ໄດ້ຮັບອະນຸມັດ.\n\nດາວໂຫຼດໃບອະນຸຍາດສະບັບໃໝ່ໄດ້ໃນໜ້າຄຳຮ້ອງຂອງທ່ານ; ສະບັບກ່ອນຖືກແທນທີ່ແລ້ວ.",
						"The amendment of licence " + licence + " (application " + caseFile.getCaseNumber()
								+ ") was approved.\n\nDownload the new certificate from your application's page; the "
								+ "earlier one is superseded."));
	}

	/**
	 * The notice in the applicant's pages (both languages: they may switch) and the mail
	 * in the language of their account.
	 */
	private void send(CaseFile caseFile, String kind, LocalizedText subject, LocalizedText text) {
		this.companyNotices.tell(caseFile.getCaseNumber(), caseFile.getCompanyId(), caseFile.getApplicantUsername(),
				kind, subject, text, LocalizedText.of("ເບິ່ງຄຳຮ້ອງຂອງທ່ານ", "See your application"));
	}

	private static String format(LocalDate date) {
		return (date != null) ? DATE.format(date) : "";
	}

}
