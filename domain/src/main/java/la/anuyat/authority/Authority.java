package la.anuyat.authority;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import la.anuyat.shared.LocalizedText;

/**
 * The ministry or one of the 18 provincial Departments of Technology and Communications.
 * Seeded by migration: the organisation is set by ministerial decision, not edited in the
 * application.
 */
@Entity
@Table(name = "authority")
public class Authority {

	@Id
	@Column(name = "code")
	private String code;

	@Column(name = "name_lo", nullable = false)
	private String nameLo;

	@Column(name = "name_en", nullable = false)
	private String nameEn;

	@Enumerated(EnumType.STRING)
	@Column(name = "level", nullable = false)
	private AuthorityLevel level;

	@Column(name = "province_name_lo")
	private String provinceNameLo;

	@Column(name = "province_name_en")
	private String provinceNameEn;

	protected Authority() {
	}

	public Authority(String code, String nameLo, String nameEn, AuthorityLevel level, String provinceNameLo,
			String provinceNameEn) {
		this.code = code;
		this.nameLo = nameLo;
		this.nameEn = nameEn;
		this.level = level;
		this.provinceNameLo = provinceNameLo;
		this.provinceNameEn = provinceNameEn;
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

	public LocalizedText getName() {
		return LocalizedText.of(this.nameLo, this.nameEn);
	}

	public AuthorityLevel getLevel() {
		return this.level;
	}

	public String getProvinceNameLo() {
		return this.provinceNameLo;
	}

	public String getProvinceNameEn() {
		return this.provinceNameEn;
	}

	public boolean isProvince() {
		return this.level == AuthorityLevel.PROVINCE;
	}

}
