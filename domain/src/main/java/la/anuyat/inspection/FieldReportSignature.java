package la.anuyat.inspection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A signature kept with the field report it signs. */
@Entity
@Table(name = "field_report_signature")
public class FieldReportSignature {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "field_report_id", nullable = false)
	private Long fieldReportId;

	@Enumerated(EnumType.STRING)
	@Column(name = "signer_role", nullable = false)
	private SignerRole role;

	@Column(name = "signer_name", nullable = false)
	private String name;

	// VARBINARY maps to bytea on PostgreSQL (not a large object) and to VARBINARY on H2
	@JdbcTypeCode(SqlTypes.VARBINARY)
	@Column(name = "png", nullable = false)
	private byte[] png;

	@Column(name = "sha256", nullable = false)
	private String sha256;

	protected FieldReportSignature() {
	}

	FieldReportSignature(long fieldReportId, SignerRole role, String name, byte[] png, String sha256) {
		this.fieldReportId = fieldReportId;
		this.role = role;
		this.name = name;
		this.png = png.clone();
		this.sha256 = sha256;
	}

	public Long getId() {
		return this.id;
	}

	public Long getFieldReportId() {
		return this.fieldReportId;
	}

	public SignerRole getRole() {
		return this.role;
	}

	public String getName() {
		return this.name;
	}

	public byte[] getPng() {
		return this.png.clone();
	}

	public String getSha256() {
		return this.sha256;
	}

}
