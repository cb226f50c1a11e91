package la.anuyat.document.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The bytes of a stored document, apart from its description.
 */
@Entity
@Table(name = "document_content")
public class DocumentContent {

	@Id
	@Column(name = "document_id")
	private Long documentId;

	// VARBINARY maps to bytea on PostgreSQL (not a large object) and to VARBINARY on H2
	@JdbcTypeCode(SqlTypes.VARBINARY)
	@Column(name = "content", nullable = false)
	private byte[] content;

	protected DocumentContent() {
	}

	public DocumentContent(Long documentId, byte[] content) {
		this.documentId = documentId;
		this.content = content;
	}

	public Long getDocumentId() {
		return this.documentId;
	}

	public byte[] getContent() {
		return this.content;
	}

}
