package la.anuyat.casefile;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An internal note by staff on a case; applicants do not see notes.
 */
@Entity
@Table(name = "case_note")
public class CaseNote {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "author", nullable = false)
	private String author;

	@Column(name = "text", nullable = false)
	private String text;

	@Column(name = "at", nullable = false)
	private LocalDateTime at;

	protected CaseNote() {
	}

	CaseNote(String author, String text, LocalDateTime at) {
		this.author = author;
		this.text = text;
		this.at = at;
	}

	public Long getId() {
		return this.id;
	}

	public String getAuthor() {
		return this.author;
	}

	public String getText() {
		return this.text;
	}

	public LocalDateTime getAt() {
		return this.at;
	}

}
