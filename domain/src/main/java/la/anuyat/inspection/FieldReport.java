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
 * A field report received from an inspector's device: the filled checklist as sent, kept
 * once per instance id however often the device resends it.
 */
@Entity
@Table(name = "field_report")
public class FieldReport {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "form_id", nullable = false)
	private String formId;

	@Column(name = "form_version", nullable = false)
	private String formVersion;

	@Column(name = "instance_id", nullable = false, unique = true)
	private String instanceId;

	@Column(name = "inspector_username", nullable = false)
	private String inspectorUsername;

	@Column(name = "device_id")
	private Long deviceId;

	@Column(name = "device_reported_id")
	private String deviceReportedId;

	@Column(name = "received_at", nullable = false)
	private LocalDateTime receivedAt;

	// VARBINARY maps to bytea on PostgreSQL (not a large object) and to VARBINARY on H2
	@JdbcTypeCode(SqlTypes.VARBINARY)
	@Column(name = "submission_xml", nullable = false)
	private byte[] submissionXml;

	@Column(name = "latitude")
	private Double latitude;

	@Column(name = "longitude")
	private Double longitude;

	@Column(name = "altitude")
	private Double altitude;

	@Column(name = "accuracy")
	private Double accuracy;

	protected FieldReport() {
	}

	FieldReport(FieldSubmission submission, String inspectorUsername, Long deviceId, LocalDateTime receivedAt) {
		this.formId = submission.formId();
		this.formVersion = submission.formVersion();
		this.instanceId = submission.instanceId();
		this.inspectorUsername = inspectorUsername;
		this.deviceId = deviceId;
		this.deviceReportedId = submission.deviceId();
		this.receivedAt = receivedAt;
		this.submissionXml = submission.xml().clone();
		Geopoint position = submission.position();
		if (position != null) {
			this.latitude = position.latitude();
			this.longitude = position.longitude();
			this.altitude = position.altitude();
			this.accuracy = position.accuracy();
		}
	}

	public Long getId() {
		return this.id;
	}

	public String getFormId() {
		return this.formId;
	}

	public String getFormVersion() {
		return this.formVersion;
	}

	public String getInstanceId() {
		return this.instanceId;
	}

	public String getInspectorUsername() {
		return this.inspectorUsername;
	}

	public Long getDeviceId() {
		return this.deviceId;
	}

	public String getDeviceReportedId() {
		return this.deviceReportedId;
	}

	public LocalDateTime getReceivedAt() {
		return this.receivedAt;
	}

	public byte[] getSubmissionXml() {
		return this.submissionXml.clone();
	}

	public Double getLatitude() {
		return this.latitude;
	}

	public Double getLongitude() {
		return this.longitude;
	}

	public Double getAccuracy() {
		return this.accuracy;
	}

}
