package la.anuyat.licence;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The signed certificate PDF of a licence, kept as issued (its SHA-256 proves it
 * unchanged).
 */
@Entity
@Table(name = "certificate")
public class Certificate {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "licence_id", nullable = false)
	private Long licenceId;

	@JdbcTypeCode(SqlTypes.VARBINARY)
	@Column(name = "pdf", nullable = false)
	private byte[] pdf;

	@Column(name = "sha256", nullable = false)
	private String sha256;

	@Column(name = "created_at", nullable = false)
	private LocalDateTime createdAt;

	protected Certificate() {
	}

	public Certificate(Long licenceId, byte[] pdf, String sha256, LocalDateTime createdAt) {
		this.licenceId = licenceId;
		this.pdf = pdf.clone();
		this.sha256 = sha256;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return this.id;
	}

	public Long getLicenceId() {
		return this.licenceId;
	}

	public byte[] getPdf() {
		return this.pdf.clone();
	}

	public String getSha256() {
		return this.sha256;
	}

	public LocalDateTime getCreatedAt() {
		return this.createdAt;
	}

}
