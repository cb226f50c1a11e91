package la.anuyat.notification;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import la.anuyat.audit.AuditTrail;
import la.anuyat.identity.Actor;
import la.anuyat.notification.internal.NoticeRepository;
import la.anuyat.notification.internal.OutboxMailRepository;
import la.anuyat.shared.InvalidInputException;
import la.anuyat.shared.LocalizedText;
import la.anuyat.shared.NotFoundException;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mail outbox and the in-app notices of every signed-in user, applicants and staff.
 * The web application relays unsent mail through Spring Mail when a mail host is
 * configured; without one, mail stays here for an administrator to read.
 */
@Service
@Transactional
public class NotificationService {

	private final OutboxMailRepository outbox;

	private final AuditTrail audit;

	private final Clock clock;

	private final NoticeRepository notices;

	public NotificationService(OutboxMailRepository outbox, NoticeRepository notices, AuditTrail audit, Clock clock) {
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
	 * Leaves a notice for a signed-in user: an applicant or a member of staff.
	 * @param link the path of the page it is about, the one its recipient works on (the
	 * applicant's or the staff case page)
	 */
	public Notice notify(String recipient, String caseNumber, String kind, LocalizedText title, LocalizedText text,
			String link) {
		return this.notices
			.save(new Notice(recipient, caseNumber, kind, title, text, link, LocalDateTime.now(this.clock)));
	}

	/**
	 * The recipient's latest notices, newest first.
	 */
	@Transactional(readOnly = true)
	public List<Notice> noticesOf(Actor recipient, int max) {
		return this.notices.findByRecipientOrderByCreatedAtDescIdDesc(recipient.username(), Limit.of(max));
	}

	/**
	 * One page of the recipient's notices, newest first: all of them or only those still
	 * unread.
	 * @param page the page, from 0
	 * @param size how many notices a page holds
	 */
	@Transactional(readOnly = true)
	public List<Notice> noticesOf(Actor recipient, NoticeFilter filter, int page, int size) {
		PageRequest request = PageRequest.of(page, size);
		return switch (filter) {
			case ALL -> this.notices.findByRecipientOrderByCreatedAtDescIdDesc(recipient.username(), request);
			case UNREAD ->
				this.notices.findByRecipientAndReadAtIsNullOrderByCreatedAtDescIdDesc(recipient.username(), request);
		};
	}

	/** How many notices the filter lets through, for a list that pages. */
	@Transactional(readOnly = true)
	public long countNoticesOf(Actor recipient, NoticeFilter filter) {
		return switch (filter) {
			case ALL -> this.notices.countByRecipient(recipient.username());
			case UNREAD -> unreadNoticesOf(recipient);
		};
	}

	@Transactional(readOnly = true)
	public long unreadNoticesOf(Actor recipient) {
		return this.notices.countByRecipientAndReadAtIsNull(recipient.username());
	}

	/**
	 * Marks one of the recipient's own notices read; anyone else's does not exist for
	 * them.
	 */
	public Notice markNoticeRead(Actor recipient, long id) {
		Notice notice = this.notices.findByIdAndRecipient(id, recipient.username())
			.orElseThrow(() -> new NotFoundException("notice.notFound",
					LocalizedText.of("ບໍ່ພົບແຈ້ງການນີ້", "No such notice: " + id)));
		notice.markRead(LocalDateTime.now(this.clock));
		return notice;
	}

	public void markAllNoticesRead(Actor recipient) {
		LocalDateTime now = LocalDateTime.now(this.clock);
		this.notices.findByRecipientAndReadAtIsNull(recipient.username()).forEach((notice) -> notice.markRead(now));
	}

}
