package la.anuyat.licence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import la.anuyat.shared.LocalizedText;

/**
 * A kind of licence that can be applied for, e.g. ICT-SOFT: one row of the licence
 * catalogue, seeded by migration. It names its family, the process that serves it, its
 * application form (whose document checklist and field properties say the rest), the
 * section that handles it and its certificate's title, so that a new licence type is data
 * only.
 */
@Entity
@Table(name = "case_type")
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

	@Column(name = "family", nullable = false)
	private String family;

	@Column(name = "process_key", nullable = false)
	private String processKey;

	@Column(name = "form_key")
	private String formKey;

	@Column(name = "assessment_process_key")
	private String assessmentProcessKey;

	@Column(name = "section_code", nullable = false)
	private String sectionCode;

	@Column(name = "certificate_title_lo", nullable = false)
	private String certificateTitleLo;

	@Column(name = "certificate_title_en", nullable = false)
	private String certificateTitleEn;

	protected LicenceType() {
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

	/** The case family, e.g. {@code LICENCE}. */
	public String getFamily() {
		return this.family;
	}

	/** The BPMN process started when an application of this type is submitted. */
	public String getProcessKey() {
		return this.processKey;
	}

	/**
	 * The id of the application form; {@code null} when the type cannot be applied for
	 * online.
	 */
	public String getFormKey() {
		return this.formKey;
	}

	/**
	 * The BPMN process of the type's technical assessment, called between the
	 * completeness check and the review; {@code null} when the type needs none.
	 */
	public String getAssessmentProcessKey() {
		return this.assessmentProcessKey;
	}

	/** The section of an authority that handles this type, e.g. {@code TECH}. */
	public String getSectionCode() {
		return this.sectionCode;
	}

	/** The title printed on the certificate. */
	public LocalizedText getCertificateTitle() {
		return LocalizedText.of(this.certificateTitleLo, this.certificateTitleEn);
	}

}
