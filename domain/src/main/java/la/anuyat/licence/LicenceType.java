package la.anuyat.licence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import la.anuyat.shared.LocalizedText;

/**
 * A kind of licence that can be applied for, e.g. ICT-SOFT. Seeded by migration; the
 * application form and its document checklist live with the form definition.
 */
@Entity
@Table(name = "licence_type")
public class LicenceType {

	@Id
	@Column(name = "code")
	private String code;

	@Column(name = "case_prefix", nullable = false)
	private String casePrefix;

	@Column(name = "name_lo", nullable = false)
	private String nameLo;

	@Column(name = "name_en", nullable = false)
	private String nameEn;

	@Column(name = "active", nullable = false)
	private boolean active;

	protected LicenceType() {
	}

	public LicenceType(String code, String casePrefix, String nameLo, String nameEn, boolean active) {
		this.code = code;
		this.casePrefix = casePrefix;
		this.nameLo = nameLo;
		this.nameEn = nameEn;
		this.active = active;
	}

	public String getCode() {
		return this.code;
	}

	public String getCasePrefix() {
		return this.casePrefix;
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

	public boolean isActive() {
		return this.active;
	}

}
