package la.anuyat.notification;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import la.anuyat.audit.AuditTrail;
import la.anuyat.identity.Actor;
import la.anuyat.notification.internal.ApplicantNoticeRepository;
import la.anuyat.notification.internal.OutboxMailRepository;
import la.anuyat.shared.InvalidInputException;
import la.anuyat.shared.LocalizedText;
import la.anuyat.shared.NotFoundException;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mail outbox and the applicants' in-app notices. The web application relays unsent
 * mail through Spring Mail when a mail host is configured; without one, mail stays here
 * for an administrator to read.
 */
@Service
@Transactional
public class NotificationService {

	private final OutboxMailRepository outbox;

	private final AuditTrail audit;

	private final Clock clock;

	private final ApplicantNoticeRepository notices;

	public NotificationService(OutboxMailRepository outbox, ApplicantNoticeRepository notices, AuditTrail audit,
			Clock clock) {
		this.outbox = outbox;
		this.notices = notices;
		this.audit = audit;
		this.clock = clock;
	}

	public OutboxMail queue(String recipient, String subject, String body) {
		if (recipient == null || recipient.isBlank()) {
			throw new InvalidInputException("mail.noRecipient",
					LocalizedText.of("ບໍ່ມີທີ່ຢູ່ຜູ້ຮັບ", "The mail has no recipient"));
		}
		OutboxMail mail = this.outbox.save(new OutboxMail(recipient.strip(), (subject == null) ? "" : subject,
				(body == null) ? "" : body, LocalDateTime.now(this.clock)));
		this.audit.record("system", "mail.queued", "mail", String.valueOf(mail.getId()),
				"to=" + mail.getRecipient() + " subject=" + mail.getSubject(), null);
		return mail;
	}

	/**
	 * Every mail, newest first.
	 */
	@Transactional(readOnly = true)
	public List<OutboxMail> outbox() {
		return this.outbox.findAllByOrderByCreatedAtDescIdDesc();
	}

	/**
	 * Mail still to be relayed, oldest first.
	 */
	@Transactional(readOnly = true)
	public List<OutboxMail> unsent() {
		return this.outbox.findBySentAtIsNullOrderByIdAsc();
	}

	public void markSent(long id) {
		OutboxMail mail = this.outbox.findById(id)
			.orElseThrow(() -> new NotFoundException("mail.notFound",
					LocalizedText.of("ບໍ່ພົບອີເມວ", "No such mail: " + id)));
		mail.markSent(LocalDateTime.now(this.clock));
		this.audit.record("system", "mail.sent", "mail", String.valueOf(id), "to=" + mail.getRecipient(), null);
	}

	/**
	 * Leaves a notice in an applicant's pages.
	 * @param link the path of the page it is about
	 */
	public ApplicantNotice notify(String recipient, String caseNumber, String kind, LocalizedText title,
			LocalizedText text, String link) {
		return this.notices
			.save(new ApplicantNotice(recipient, caseNumber, kind, title, text, link, LocalDateTime.now(this.clock)));
	}

	/**
	 * The applicant's latest notices, newest first.
	 */
	@Transactional(readOnly = true)
	public List<ApplicantNotice> noticesOf(Actor applicant, int max) {
		return this.notices.findByRecipientOrderByCreatedAtDescIdDesc(applicant.username(), Limit.of(max));
	}

	@Transactional(readOnly = true)
	public long unreadNoticesOf(Actor applicant) {
		return this.notices.countByRecipientAndReadAtIsNull(applicant.username());
	}

	/**
	 * Marks one of the applicant's own notices read; anyone else's does not exist for
	 * them.
	 */
	public ApplicantNotice markNoticeRead(Actor applicant, long id) {
		ApplicantNotice notice = this.notices.findByIdAndRecipient(id, applicant.username())
			.orElseThrow(() -> new NotFoundException("notice.notFound",
					LocalizedText.of("ບໍ່ພົບແຈ້ງການນີ້", "No such notice: " + id)));
		notice.markRead(LocalDateTime.now(this.clock));
		return notice;
	}

	public void markAllNoticesRead(Actor applicant) {
		LocalDateTime now = LocalDateTime.now(this.clock);
		this.notices.findByRecipientAndReadAtIsNull(applicant.username()).forEach((notice) -> notice.markRead(now));
	}

}
