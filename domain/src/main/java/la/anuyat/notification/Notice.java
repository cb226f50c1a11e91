package la.anuyat.notification;

import java.time.LocalDateTime;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import la.anuyat.shared.LocalizedText;

/**
 * A notice a signed-in user reads in the application: for an applicant, a step of their
 * application that needs them or that they wait for; for staff, a case that needs their
 * attention (an overdue task escalated to the leadership). Kept in both languages, since
 * the reader may switch. The link is the page the recipient opens it on: the applicant's
 * case page or the staff case page.
 * <p>
 * The table keeps the name it had when only applicants received notices: renaming it
 * would take a migration and gain nothing.
 */
@Entity
@Table(name = "applicant_notice")
public class Notice {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "recipient", nullable = false)
	private String recipient;

	@Column(name = "case_number", nullable = false)
	private String caseNumber;

	@Column(name = "kind", nullable = false)
	private String kind;

	@Column(name = "title_lo", nullable = false)
	private String titleLo;

	@Column(name = "title_en", nullable = false)
	private String titleEn;

	@Column(name = "text_lo", nullable = false)
	private String textLo;

	@Column(name = "text_en", nullable = false)
	private String textEn;

	/** The path of the page it is about, within the application. */
	@Column(name = "link", nullable = false)
	private String link;

	@Column(name = "created_at", nullable = false)
	private LocalDateTime createdAt;

	@Column(name = "read_at")
	private LocalDateTime readAt;

	protected Notice() {
	}

	Notice(String recipient, String caseNumber, String kind, LocalizedText title, LocalizedText text, String link,
			LocalDateTime createdAt) {
		this.recipient = recipient;
		this.caseNumber = caseNumber;
		this.kind = kind;
		this.titleLo = title.lo();
		this.titleEn = title.en();
		this.textLo = text.lo();
		this.textEn = text.en();
		this.link = link;
		this.createdAt = createdAt;
	}

	void markRead(LocalDateTime at) {
		if (this.readAt == null) {
			this.readAt = at;
		}
	}

	public boolean isRead() {
		return this.readAt != null;
	}

	public LocalizedText title() {
		return LocalizedText.of(this.titleLo, this.titleEn);
	}

	public LocalizedText text() {
		return LocalizedText.of(this.textLo, this.textEn);
	}

	public String title(Locale locale) {
		return title().in(locale);
	}

	public String text(Locale locale) {
		return text().in(locale);
	}

	public Long getId() {
		return this.id;
	}

	public String getRecipient() {
		return this.recipient;
	}

	public String getCaseNumber() {
		return this.caseNumber;
	}

	public String getKind() {
		return this.kind;
	}

	public String getLink() {
		return this.link;
	}

	public LocalDateTime getCreatedAt() {
		return this.createdAt;
	}

	public LocalDateTime getReadAt() {
		return this.readAt;
	}

}
