package la.anuyat.notification;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import la.anuyat.audit.AuditTrail;
import la.anuyat.notification.internal.OutboxMailRepository;
import la.anuyat.shared.InvalidInputException;
import la.anuyat.shared.LocalizedText;
import la.anuyat.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mail outbox. The web application relays unsent mail through Spring Mail when a mail
 * host is configured; without one, mail stays here for an administrator to read.
 */
@Service
@Transactional
public class NotificationService {

	private final OutboxMailRepository outbox;

	private final AuditTrail audit;

	private final Clock clock;

	public NotificationService(OutboxMailRepository outbox, AuditTrail audit, Clock clock) {
		this.outbox = outbox;
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

}
