package la.anuyat.authority.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The scanned letter of a written delegation, apart from the delegation so that lists do
 * not read the scans.
 */
@Entity
@Table(name = "delegation_letter")
public class DelegationLetter {

	@Id
	@Column(name = "delegation_id")
	private Long delegationId;

	@Column(name = "file_name", nullable = false)
	private String fileName;

	@Column(name = "media_type", nullable = false)
	private String mediaType;

	@Column(name = "content", nullable = false)
	private byte[] content;

	protected DelegationLetter() {
	}

	public DelegationLetter(Long delegationId, String fileName, String mediaType, byte[] content) {
		this.delegationId = delegationId;
		this.fileName = fileName;
		this.mediaType = mediaType;
		this.content = content.clone();
	}

	public Long getDelegationId() {
		return this.delegationId;
	}

	public String getFileName() {
		return this.fileName;
	}

	public String getMediaType() {
		return this.mediaType;
	}

	public byte[] getContent() {
		return this.content.clone();
	}

}
