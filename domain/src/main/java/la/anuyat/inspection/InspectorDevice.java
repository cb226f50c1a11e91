package la.anuyat.inspection;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import la.anuyat.shared.ConflictException;
import la.anuyat.shared.LocalizedText;

/**
 * An inspector's phone enrolled by an administrator: it signs in with its own token (kept
 * only as a SHA-256 hash), so losing the phone costs its token, not the inspector's
 * password, and revoking it refuses the phone alone.
 */
@Entity
@Table(name = "inspector_device")
public class InspectorDevice {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "inspector_username", nullable = false)
	private String inspectorUsername;

	@Column(name = "label", nullable = false)
	private String label;

	@Column(name = "token_hash", nullable = false, unique = true)
	private String tokenHash;

	@Column(name = "enrolled_by", nullable = false)
	private String enrolledBy;

	@Column(name = "enrolled_at", nullable = false)
	private LocalDateTime enrolledAt;

	@Column(name = "revoked_by")
	private String revokedBy;

	@Column(name = "revoked_at")
	private LocalDateTime revokedAt;

	@Version
	private long version;

	protected InspectorDevice() {
	}

	InspectorDevice(String inspectorUsername, String label, String tokenHash, String enrolledBy,
			LocalDateTime enrolledAt) {
		this.inspectorUsername = inspectorUsername;
		this.label = label;
		this.tokenHash = tokenHash;
		this.enrolledBy = enrolledBy;
		this.enrolledAt = enrolledAt;
	}

	/** Refuses the device from now on; a device is revoked once. */
	void revoke(String by, LocalDateTime at) {
		if (isRevoked()) {
			throw new ConflictException("device.alreadyRevoked",
					LocalizedText.of("ອຸປະກອນນີ້ຖືກຍົກເລີກແລ້ວ", "This device is already revoked"));
		}
		this.revokedBy = by;
		this.revokedAt = at;
	}

	public boolean isRevoked() {
		return this.revokedAt != null;
	}

	public Long getId() {
		return this.id;
	}

	public String getInspectorUsername() {
		return this.inspectorUsername;
	}

	public String getLabel() {
		return this.label;
	}

	String getTokenHash() {
		return this.tokenHash;
	}

	public String getEnrolledBy() {
		return this.enrolledBy;
	}

	public LocalDateTime getEnrolledAt() {
		return this.enrolledAt;
	}

	public String getRevokedBy() {
		return this.revokedBy;
	}

	public LocalDateTime getRevokedAt() {
		return this.revokedAt;
	}

}
