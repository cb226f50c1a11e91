package la.anuyat.document;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A file attached to a case. The content itself sits in its own table and is read only on
 * demand ({@link DocumentService#content(long)}), so listing documents never loads
 * megabytes.
 */
@Entity
@Table(name = "stored_document")
public class StoredDocument {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_id", nullable = false)
	private Long caseId;

	@Column(name = "document_type", nullable = false)
	private String documentType;

	@Column(name = "file_name", nullable = false)
	private String fileName;

	@Column(name = "media_type", nullable = false)
	private String mediaType;

	@Column(name = "size_bytes", nullable = false)
	private long sizeBytes;

	@Column(name = "sha256", nullable = false)
	private String sha256;

	@Column(name = "extracted_text")
	private String extractedText;

	@Column(name = "uploaded_by", nullable = false)
	private String uploadedBy;

	@Column(name = "uploaded_at", nullable = false)
	private LocalDateTime uploadedAt;

	protected StoredDocument() {
	}

	StoredDocument(Long caseId, String documentType, String fileName, String mediaType, long sizeBytes, String sha256,
			String extractedText, String uploadedBy, LocalDateTime uploadedAt) {
		this.caseId = caseId;
		this.documentType = documentType;
		this.fileName = fileName;
		this.mediaType = mediaType;
		this.sizeBytes = sizeBytes;
		this.sha256 = sha256;
		this.extractedText = extractedText;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = uploadedAt;
	}

	public DocumentSummary summary() {
		return new DocumentSummary(this.id, this.caseId, this.documentType, this.fileName, this.mediaType,
				this.sizeBytes, this.sha256, this.uploadedBy, this.uploadedAt);
	}

	public Long getId() {
		return this.id;
	}

	public Long getCaseId() {
		return this.caseId;
	}

	public String getDocumentType() {
		return this.documentType;
	}

	public String getFileName() {
		return this.fileName;
	}

	public String getMediaType() {
		return this.mediaType;
	}

	public long getSizeBytes() {
		return this.sizeBytes;
	}

	public String getSha256() {
		return this.sha256;
	}

	public String getExtractedText() {
		return this.extractedText;
	}

	public String getUploadedBy() {
		return this.uploadedBy;
	}

	public LocalDateTime getUploadedAt() {
		return this.uploadedAt;
	}

}
