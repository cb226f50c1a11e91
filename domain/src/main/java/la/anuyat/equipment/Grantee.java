package la.anuyat.equipment;

import java.time.LocalDateTime;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A manufacturer's permanent grantee code, given at its first type approval and the first
 * part of every approval number of its models, as the first part of an FCC ID is.
 */
@Entity
@Table(name = "equipment_grantee")
public class Grantee {

	@Id
	@Column(name = "code")
	private String code;

	@Column(name = "manufacturer_key", nullable = false, unique = true)
	private String manufacturerKey;

	@Column(name = "name_lo", nullable = false)
	private String nameLo;

	@Column(name = "name_en", nullable = false)
	private String nameEn;

	@Column(name = "created_at", nullable = false)
	private LocalDateTime createdAt;

	protected Grantee() {
	}

	Grantee(String code, String nameLo, String nameEn, LocalDateTime createdAt) {
		this.code = code;
		this.manufacturerKey = keyOf(nameEn);
		this.nameLo = nameLo;
		this.nameEn = nameEn;
		this.createdAt = createdAt;
	}

	/**
	 * One manufacturer however its name is typed: "Acme Radio Co., Ltd." and "ACME RADIO
	 * CO LTD" are the same grantee.
	 */
	public static String keyOf(String manufacturerEn) {
		return manufacturerEn.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
	}

	public String getCode() {
		return this.code;
	}

	public String getNameLo() {
		return this.nameLo;
	}

	public String getNameEn() {
		return this.nameEn;
	}

}
