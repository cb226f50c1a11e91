package la.anuyat.licence.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import la.anuyat.authority.Authority;
import la.anuyat.authority.AuthorityService;
import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.CaseFileService;
import la.anuyat.licence.LicenceExpiryApproaching;
import la.anuyat.licence.LicenceService;
import la.anuyat.licence.LicenceStatusChanged;
import la.anuyat.licence.Measure;
import la.anuyat.licence.MeasureDropped;
import la.anuyat.licence.MeasureProposed;
import la.anuyat.notification.CompanyNotices;
import la.anuyat.shared.LocalizedText;
import la.anuyat.shared.PublicAddress;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells a licence's holder what happens to it after its issue: a proposed measure and
 * until when they may respond, the measure taken or dropped, the end of a suspension,
 * reminders before the end of validity and the expiry. As for applications: a notice in
 * the applicant's pages and a mail in the language of their account, inside the
 * transaction of the step.
 */
@Component
class LicenceHolderNotices {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final CaseFileService caseFiles;

	private final AuthorityService authorities;

	private final CompanyNotices companyNotices;

	private final PublicAddress publicAddress;

	LicenceHolderNotices(CaseFileService caseFiles, AuthorityService authorities, CompanyNotices companyNotices,
			PublicAddress publicAddress) {
		this.caseFiles = caseFiles;
		this.authorities = authorities;
		this.companyNotices = companyNotices;
		this.publicAddress = publicAddress;
	}

	@EventListener
	void measureProposed(MeasureProposed event) {
		CaseFile caseFile = this.caseFiles.caseById(event.caseId());
		Authority authority = this.authorities.authority(caseFile.getAuthorityCode());
		String licence = event.licenceNumber();
		String untilLo = (event.suspendUntil() != null) ? " ຮອດວັນທີ " + format(event.suspendUntil()) : "";
		String untilEn = (event.suspendUntil() != null) ? " until " + format(event.suspendUntil()) : "";
		String respondLo = (event.respondBy() != null)
				? "ທ່ານສາມາດຕອບ ແລະ ຊີ້ແຈງໄດ້ຮອດວັນທີ " + format(event.respondBy()) + " ໃນໜ້າຂອງກໍລະນີນີ້."
				: "ມາດຕະການນີ້ເປັນກໍລະນີຮີບດ່ວນ ແລະ ຖືກສົ່ງໃຫ້ພິຈາລະນາທັນທີ.";
		String respondEn = (event.respondBy() != null)
				? "You may respond until " + format(event.respondBy()) + " on this case's page."
				: "This measure is urgent and goes to review at once.";
		send(caseFile, "measureProposed",
				LocalizedText.of("ໃບອະນຸຍາດ " + licence + ": ສະເໜີ" + event.measure().verb().lo() + untilLo,
						"Licence " + licence + ": proposed to " + event.measure().verb().en() + untilEn),
				LocalizedText.of(
						authority.getNameLo() + " ສະເໜີ" + event.measure().verb().lo() + "ໃບອະນຸຍາດເລກທີ " + licence
								+ " ຂອງທ່ານ" + untilLo + " (ກໍລະນີ " + event.caseNumber() + ").\n\n" + respondLo,
						authority.getNameEn() + " proposes to " + event.measure().verb().en() + " your licence "
								+ licence + untilEn + " (case " + event.caseNumber() + ").\n\n" + respondEn));
	}

	@EventListener
	void measureDropped(MeasureDropped event) {
		CaseFile caseFile = this.caseFiles.caseById(event.caseId());
		String licence = event.licenceNumber();
		LocalizedText text = (event.measure() == Measure.CANCEL)
				? LocalizedText.of("ຄຳຮ້ອງຂໍຍົກເລີກໃບອະນຸຍາດ " + licence + " ບໍ່ໄດ້ຮັບການຢືນຢັນ. ໃບອະນຸຍາດຍັງໃຊ້ໄດ້.",
						"Your request to cancel licence " + licence + " was not confirmed. The licence stays in force.")
				: LocalizedText.of("ມາດຕະການ " + event.caseNumber() + " ຕໍ່ໃບອະນຸຍາດ " + licence + " ບໍ່ໄດ້ຮັບອະນຸມັດ.",
						"The measure " + event.caseNumber() + " on licence " + licence + " was not approved.");
		send(caseFile, "measureDropped",
				LocalizedText.of("ໃບອະນຸຍາດ " + licence + ": ບໍ່ມີການປ່ຽນແປງ", "Licence " + licence + ": no change"),
				text);
	}

	@EventListener
	void licenceStatusChanged(LicenceStatusChanged event) {
		if (event.caseId() == null) {
			return;
		}
		CaseFile caseFile = this.caseFiles.caseById(event.caseId());
		String licence = event.licenceNumber();
		String verify = this.publicAddress.link(LicenceService.verificationPath(licence));
		LocalizedText text = switch (event.status()) {
			case SUSPENDED -> LocalizedText.of(
					"ໃບອະນຸຍາດເລກທີ " + licence + " ຂອງທ່ານຖືກໂຈະຮອດວັນທີ " + format(event.suspendedUntil())
							+ ". ໃນໄລຍະນີ້ທ່ານບໍ່ສາມາດດຳເນີນທຸລະກິດຕາມໃບອະນຸຍາດນີ້ໄດ້.",
					"Your licence " + licence + " is suspended until " + format(event.suspendedUntil())
							+ ". Meanwhile you may not operate under it.");
			case ACTIVE -> LocalizedText.of("ການໂຈະໃບອະນຸຍາດເລກທີ " + licence + " ສິ້ນສຸດແລ້ວ. ໃບອະນຸຍາດໃຊ້ໄດ້ອີກ.",
					"The suspension of your licence " + licence + " has ended. The licence is in force again.");
			case REVOKED -> LocalizedText.of("ໃບອະນຸຍາດເລກທີ " + licence + " ຂອງທ່ານຖືກຖອນແລ້ວ.",
					"Your licence " + licence + " has been revoked.");
			case CANCELLED -> LocalizedText.of("ໃບອະນຸຍາດເລກທີ " + licence + " ຂອງທ່ານຖືກຍົກເລີກຕາມຄຳຮ້ອງຂອງທ່ານ.",
					"Your licence " + licence + " has been cancelled at your request.");
			case EXPIRED -> LocalizedText.of("ໃບອະນຸຍາດເລກທີ " + licence + " ຂອງທ່ານໝົດອາຍຸແລ້ວ.",
					"Your licence " + licence + " has expired.");
			case SUPERSEDED -> LocalizedText.of("ໃບອະນຸຍາດເລກທີ " + licence + " ຖືກປ່ຽນແທນແລ້ວ.",
					"Your licence " + licence + " has been superseded.");
		};
		VerificationLabel label = VerificationLabel.of(event.status());
		send(caseFile, "licence" + label.kind(),
				LocalizedText.of("ໃບອະນຸຍາດ " + licence + ": " + label.lo(), "Licence " + licence + ": " + label.en()),
				LocalizedText.of(text.lo() + "\n\nກວດສອບ: " + verify, text.en() + "\n\nVerify: " + verify));
	}

	@EventListener
	void expiryApproaching(LicenceExpiryApproaching event) {
		if (event.caseId() == null) {
			return;
		}
		CaseFile caseFile = this.caseFiles.caseById(event.caseId());
		String licence = event.licenceNumber();
		String until = format(event.validUntil());
		send(caseFile, "licenceExpiring",
				LocalizedText.of("ໃບອະນຸຍາດ " + licence + " ຈະໝົດອາຍຸໃນ " + event.daysBefore() + " ວັນ",
						"Licence " + licence + " expires in " + event.daysBefore() + " days"),
				LocalizedText.of(
						"ໃບອະນຸຍາດເລກທີ " + licence + " ຂອງທ່ານໃຊ້ໄດ້ຮອດວັນທີ " + until
								+ ". ກະລຸນາຍື່ນຄຳຮ້ອງຕໍ່ໃບອະນຸຍາດກ່ອນວັນນັ້ນ ຖ້າທ່ານຕ້ອງການດຳເນີນທຸລະກິດຕໍ່.",
						"Your licence " + licence + " is valid until " + until
								+ ". Apply to renew it before then if you wish to go on operating."));
	}

	/**
	 * The notice for the applicant who speaks for the holder, and the mail in their
	 * language, linking the case page.
	 */
	private void send(CaseFile caseFile, String kind, LocalizedText subject, LocalizedText text) {
		this.companyNotices.tell(caseFile.getCaseNumber(), caseFile.getCompanyId(), caseFile.getApplicantUsername(),
				kind, subject, text, LocalizedText.of("ເບິ່ງລາຍລະອຽດ", "See the details"));
	}

	private static String format(LocalDate date) {
		return (date != null) ? DATE.format(date) : "";
	}

	/** The short word for a licence's new status, in a notice's subject. */
	private record VerificationLabel(String kind, String lo, String en) {

		static VerificationLabel of(la.anuyat.licence.LicenceStatus status) {
			return switch (status) {
				case SUSPENDED -> new VerificationLabel("Suspended", "ຖືກໂຈະ", "suspended");
				case ACTIVE -> new VerificationLabel("Lifted", "ຍົກເລີກການໂຈະ", "suspension lifted");
				case REVOKED -> new VerificationLabel("Revoked", "ຖືກຖອນ", "revoked");
				case CANCELLED -> new VerificationLabel("Cancelled", "ຖືກຍົກເລີກ", "cancelled");
				case EXPIRED -> new VerificationLabel("Expired", "ໝົດອາຍຸ", "expired");
				case SUPERSEDED -> new VerificationLabel("Superseded", "ຖືກປ່ຽນແທນ", "superseded");
			};
		}

	}

}
