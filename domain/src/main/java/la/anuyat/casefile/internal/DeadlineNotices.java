package la.anuyat.casefile.internal;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import la.anuyat.authority.AuthorityService;
import la.anuyat.identity.Role;
import la.anuyat.authority.StaffMember;
import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.CaseFileService;
import la.anuyat.casefile.InformationAnswerOverdue;
import la.anuyat.casefile.TaskOverdue;
import la.anuyat.notification.CompanyNotices;
import la.anuyat.notification.StaffNotices;
import la.anuyat.shared.LocalizedText;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells who must act when a step passes its due date: the leadership of the authority for
 * an overdue staff task (a notice in their pages and a mail to each member), the
 * applicant for an unanswered information request. The listeners run inside the
 * transaction that recorded the escalation, as {@link ApplicantNotices} do.
 */
@Component
class DeadlineNotices {

	/** The staff page of a case, in the web application. */
	static final String STAFF_CASE_PAGE = "/cases/";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final CaseFileService caseFiles;

	private final AuthorityService authorities;

	private final StaffNotices staffNotices;

	private final CompanyNotices companyNotices;

	DeadlineNotices(CaseFileService caseFiles, AuthorityService authorities, StaffNotices staffNotices,
			CompanyNotices companyNotices) {
		this.caseFiles = caseFiles;
		this.authorities = authorities;
		this.staffNotices = staffNotices;
		this.companyNotices = companyNotices;
	}

	@EventListener
	void taskOverdue(TaskOverdue event) {
		String number = event.caseNumber();
		String due = format(event.due());
		LocalizedText subject = LocalizedText.of("ເກີນກຳນົດ: " + event.task().lo() + " (" + number + ")",
				"Overdue: " + event.task().en() + " (" + number + ")");
		LocalizedText text = LocalizedText.of(
				"ໜ້າວຽກ \"" + event.task().lo() + "\" ຂອງສຳນວນເລກທີ " + number + " ເກີນກຳນົດແລ້ວ (ກຳນົດ " + due
						+ "). ກະລຸນາຕິດຕາມ ຫຼື ມອບໃຫ້ຜູ້ອື່ນ.",
				"The task \"" + event.task().en() + "\" of case " + number + " is overdue (it was due " + due
						+ "). Please follow it up or assign it to someone.");
		List<StaffMember> leaders = this.authorities.staffOf(event.authorityCode())
			.stream()
			.filter((member) -> member.getRole() == Role.LEADERSHIP)
			.toList();
		this.staffNotices.tell(leaders, number, "taskOverdue", subject, text, STAFF_CASE_PAGE + number);
	}

	@EventListener
	void answerOverdue(InformationAnswerOverdue event) {
		CaseFile caseFile = this.caseFiles.caseById(event.caseId());
		String number = caseFile.getCaseNumber();
		String due = format(event.due());
		LocalizedText subject = LocalizedText.of("ຄຳຮ້ອງ " + number + ": ກະລຸນາຕອບຄຳຂໍຂໍ້ມູນເພີ່ມເຕີມ",
				"Application " + number + ": please answer the information request");
		LocalizedText text = LocalizedText.of(
				"ຄຳຕອບຕໍ່ຄຳຂໍຂໍ້ມູນເພີ່ມເຕີມຂອງຄຳຮ້ອງເລກທີ " + number + " ຮອດກຳນົດແລ້ວ (" + due
						+ "). ຄຳຮ້ອງຂອງທ່ານຈະບໍ່ຖືກພິຈາລະນາຕໍ່ຈົນກວ່າທ່ານຈະຕອບ.",
				"The answer to the information request on application " + number + " was due on " + due
						+ ". Your application cannot go on until you answer.");
		this.companyNotices.tell(caseFile.getCaseNumber(), caseFile.getCompanyId(), caseFile.getApplicantUsername(),
				"answerOverdue", subject, text, LocalizedText.of("ເບິ່ງຄຳຮ້ອງຂອງທ່ານ", "See your application"));
	}

	private static String format(LocalDateTime date) {
		return (date != null) ? DAY.format(date) : "";
	}

}
