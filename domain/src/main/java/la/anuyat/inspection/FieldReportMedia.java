package la.anuyat.inspection;

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
 * A photo sent with a field report. Kept beside the report rather than as a case
 * document: the report belongs to no case until the section reviews it.
 */
@Entity
@Table(name = "field_report_media")
public class FieldReportMedia {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "field_report_id", nullable = false)
	private Long fieldReportId;

	@Column(name = "file_name", nullable = false)
	private String fileName;

	@Column(name = "media_type", nullable = false)
	private String mediaType;

	@Column(name = "size_bytes", nullable = false)
	private long sizeBytes;

	@Column(name = "sha256", nullable = false)
	private String sha256;

	// VARBINARY maps to bytea on PostgreSQL (not a large object) and to VARBINARY on H2
	@JdbcTypeCode(SqlTypes.VARBINARY)
	@Column(name = "content", nullable = false)
	private byte[] content;

	@Column(name = "taken_at")
	private LocalDateTime takenAt;

	@Column(name = "taken_latitude")
	private Double takenLatitude;

	@Column(name = "taken_longitude")
	private Double takenLongitude;

	protected FieldReportMedia() {
	}

	FieldReportMedia(long fieldReportId, String fileName, String mediaType, String sha256, byte[] content) {
		this.fieldReportId = fieldReportId;
		this.fileName = fileName;
		this.mediaType = mediaType;
		this.sizeBytes = content.length;
		this.sha256 = sha256;
		this.content = content.clone();
		PhotoMetadata exif = PhotoMetadata.of(content);
		this.takenAt = exif.takenAt();
		this.takenLatitude = exif.latitude();
		this.takenLongitude = exif.longitude();
	}

	public Long getId() {
		return this.id;
	}

	public Long getFieldReportId() {
		return this.fieldReportId;
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

	/** When the camera says the photo was taken (EXIF), if it says. */
	public LocalDateTime getTakenAt() {
		return this.takenAt;
	}

	/** Where the camera says the photo was taken (EXIF GPS), if it says. */
	public Double getTakenLatitude() {
		return this.takenLatitude;
	}

	public Double getTakenLongitude() {
		return this.takenLongitude;
	}

	public byte[] getContent() {
		return this.content.clone();
	}

}
