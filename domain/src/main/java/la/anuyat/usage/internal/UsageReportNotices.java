package la.anuyat.usage.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import la.anuyat.authority.AuthorityService;
import la.anuyat.identity.Role;
import la.anuyat.authority.StaffMember;
import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.CaseFileService;
import la.anuyat.notification.CompanyNotices;
import la.anuyat.notification.StaffNotices;
import la.anuyat.shared.LocalizedText;
import la.anuyat.usage.UsageReportDue;
import la.anuyat.usage.UsageReportOverdue;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells a licence's holder that a usage report is due, and reminds them when its due date
 * has passed; an overdue report is also flagged to the officers of the section that
 * handles the licence's type in the licence's authority (for special numbers, the
 * province's Post and Communications section), in their pages and by mail. The holder's
 * notices link the company page, where reports are submitted. Inside the transaction of
 * the step, as the other notices.
 */
@Component
class UsageReportNotices {

	/** The company's own page, for its applicants. */
	static final String MY_COMPANY_PAGE = "/companies/mine";

	/** A company's page, for staff. */
	static final String COMPANY_PAGE = "/companies/";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final CaseFileService caseFiles;

	private final AuthorityService authorities;

	private final StaffNotices staffNotices;

	private final CompanyNotices companyNotices;

	UsageReportNotices(CaseFileService caseFiles, AuthorityService authorities, StaffNotices staffNotices,
			CompanyNotices companyNotices) {
		this.caseFiles = caseFiles;
		this.authorities = authorities;
		this.staffNotices = staffNotices;
		this.companyNotices = companyNotices;
	}

	@EventListener
	void reportDue(UsageReportDue event) {
		if (event.caseId() == null) {
			return;
		}
		CaseFile caseFile = this.caseFiles.caseById(event.caseId());
		String licence = event.licenceNumber();
		String period = format(event.periodStart()) + " – " + format(event.periodEnd());
		String due = format(event.dueDate());
		this.companyNotices.tell(caseFile.getCaseNumber(), caseFile.getCompanyId(), caseFile.getApplicantUsername(),
				"usageReportDue",
				LocalizedText.of("ໃບອະນຸຍາດ " + licence + ": ກະລຸນາລາຍງານການນຳໃຊ້ ພາຍໃນວັນທີ " + due,
						"Licence " + licence + ": usage report due by " + due),
				LocalizedText.of("ໄລຍະລາຍງານ " + period + " ຂອງໃບອະນຸຍາດເລກທີ " + licence
						+ " ສິ້ນສຸດແລ້ວ. ກະລຸນາລາຍງານການນຳໃຊ້ (ຈຳນວນການໂທ ຫຼື ຂໍ້ຄວາມທີ່ໄດ້ຮັບ ແລະ ຈຸດປະສົງ) ພາຍໃນວັນທີ "
						+ due + " ໃນໜ້າບໍລິສັດຂອງທ່ານ.",
						"The reporting period " + period + " of your licence " + licence
								+ " has ended. Please report its usage (calls or messages received, and its purpose) by "
								+ due + " on your company page."),
				LocalizedText.of("ລາຍງານການນຳໃຊ້", "Report the usage"), MY_COMPANY_PAGE);
	}

	@EventListener
	void reportOverdue(UsageReportOverdue event) {
		if (event.caseId() == null) {
			return;
		}
		CaseFile caseFile = this.caseFiles.caseById(event.caseId());
		String licence = event.licenceNumber();
		String period = format(event.periodStart()) + " – " + format(event.periodEnd());
		String due = format(event.dueDate());
		this.companyNotices.tell(caseFile.getCaseNumber(), caseFile.getCompanyId(), caseFile.getApplicantUsername(),
				"usageReportOverdue",
				LocalizedText.of("ໃບອະນຸຍາດ " + licence + ": ລາຍງານການນຳໃຊ້ເກີນກຳນົດ",
						"Licence " + licence + ": usage report overdue"),
				LocalizedText.of(
						"ລາຍງານການນຳໃຊ້ໄລຍະ " + period + " ຂອງໃບອະນຸຍາດເລກທີ " + licence + " ຮອດກຳນົດແລ້ວ (" + due
								+ ") ແຕ່ຍັງບໍ່ໄດ້ຮັບ. ກະລຸນາລາຍງານໂດຍໄວ; ພະແນກໄດ້ຮັບແຈ້ງແລ້ວ.",
						"The usage report for " + period + " of your licence " + licence + " was due on " + due
								+ " and has not arrived. Please submit it soon; the department has been told."),
				LocalizedText.of("ລາຍງານການນຳໃຊ້", "Report the usage"), MY_COMPANY_PAGE);
		LocalizedText subject = LocalizedText.of("ລາຍງານການນຳໃຊ້ເກີນກຳນົດ: " + licence,
				"Usage report overdue: " + licence);
		LocalizedText text = LocalizedText.of(
				"ຜູ້ຖືໃບອະນຸຍາດເລກທີ " + licence + " ຍັງບໍ່ໄດ້ສົ່ງລາຍງານການນຳໃຊ້ໄລຍະ " + period + " (ກຳນົດ " + due
						+ "). ກະລຸນາຕິດຕາມ.",
				"The holder of licence " + licence + " has not submitted the usage report for " + period + " (due "
						+ due + "). Please follow it up.");
		List<StaffMember> officers = this.authorities.staffOf(event.authorityCode())
			.stream()
			.filter((officer) -> officer.getRole() == Role.SECTION_OFFICER
					&& event.sectionCode().equals(officer.getSectionCode()))
			.toList();
		this.staffNotices.tell(officers, caseFile.getCaseNumber(), "usageReportOverdue", subject, text,
				COMPANY_PAGE + caseFile.getCompanyId());
	}

	private static String format(LocalDate date) {
		return (date != null) ? DAY.format(date) : "";
	}

}
