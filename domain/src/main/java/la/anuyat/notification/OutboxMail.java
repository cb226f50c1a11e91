package la.anuyat.notification;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import la.anuyat.shared.ConflictException;
import la.anuyat.shared.LocalizedText;

/**
 * A mail the system wants to send. Kept in the database first (an outbox), so that it is
 * sent once the transaction that caused it commits, and so that administrators of the
 * embedded default, which has no mail server, can read it.
 */
@Entity
@Table(name = "outbox_mail")
public class OutboxMail {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "recipient", nullable = false)
	private String recipient;

	@Column(name = "subject", nullable = false)
	private String subject;

	@Column(name = "body", nullable = false)
	private String body;

	@Column(name = "created_at", nullable = false)
	private LocalDateTime createdAt;

	@Column(name = "sent_at")
	private LocalDateTime sentAt;

	protected OutboxMail() {
	}

	OutboxMail(String recipient, String subject, String body, LocalDateTime createdAt) {
		this.recipient = recipient;
		this.subject = subject;
		this.body = body;
		this.createdAt = createdAt;
	}

	void markSent(LocalDateTime at) {
		if (this.sentAt != null) {
			throw new ConflictException("mail.alreadySent",
					LocalizedText.of("ອີເມວນີ້ຖືກສົ່ງແລ້ວ", "This mail was already sent"));
		}
		this.sentAt = at;
	}

	public boolean isSent() {
		return this.sentAt != null;
	}

	public Long getId() {
		return this.id;
	}

	public String getRecipient() {
		return this.recipient;
	}

	public String getSubject() {
		return this.subject;
	}

	public String getBody() {
		return this.body;
	}

	public LocalDateTime getCreatedAt() {
		return this.createdAt;
	}

	public LocalDateTime getSentAt() {
		return this.sentAt;
	}

}
