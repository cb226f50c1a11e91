package la.anuyat.equipment;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An entry of the public equipment register: an approved model, its approval number, its
 * bands and who holds the approval. Public fields only; the search index maps it.
 */
@Entity
@Table(name = "equipment_register")
public class RegisteredEquipment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "approval_number", nullable = false, unique = true)
	private String approvalNumber;

	@Column(name = "grantee_code", nullable = false)
	private String granteeCode;

	@Column(name = "product_code", nullable = false)
	private String productCode;

	@Column(name = "model", nullable = false)
	private String model;

	@Column(name = "manufacturer_lo", nullable = false)
	private String manufacturerLo;

	@Column(name = "manufacturer_en", nullable = false)
	private String manufacturerEn;

	/**
	 * The bands as printed, separated by "; ", e.g.
	 * {@code 2400–2483.5 MHz; 5150–5350 MHz}.
	 */
	@Column(name = "bands", nullable = false)
	private String bands;

	@Column(name = "declared_standards", nullable = false)
	private String declaredStandards;

	@Column(name = "holder_company_id", nullable = false)
	private Long holderCompanyId;

	@Column(name = "holder_name_lo", nullable = false)
	private String holderNameLo;

	@Column(name = "holder_name_en", nullable = false)
	private String holderNameEn;

	@Column(name = "licence_number", nullable = false)
	private String licenceNumber;

	@Column(name = "case_id", nullable = false, unique = true)
	private Long caseId;

	@Column(name = "approved_on", nullable = false)
	private LocalDate approvedOn;

	@Column(name = "exhibits_withheld_until")
	private LocalDate exhibitsWithheldUntil;

	protected RegisteredEquipment() {
	}

	RegisteredEquipment(String approvalNumber, Grantee grantee, String productCode, TypeApproval approval, String bands,
			long holderCompanyId, String holderNameLo, String holderNameEn, String licenceNumber,
			LocalDate approvedOn) {
		this.approvalNumber = approvalNumber;
		this.granteeCode = grantee.getCode();
		this.productCode = productCode;
		this.model = approval.getModel();
		this.manufacturerLo = approval.getManufacturerLo();
		this.manufacturerEn = approval.getManufacturerEn();
		this.bands = bands;
		this.declaredStandards = approval.getDeclaredStandards();
		this.holderCompanyId = holderCompanyId;
		this.holderNameLo = holderNameLo;
		this.holderNameEn = holderNameEn;
		this.licenceNumber = licenceNumber;
		this.caseId = approval.caseId().value();
		this.approvedOn = approvedOn;
		this.exhibitsWithheldUntil = approval.getExhibitsWithheldUntil();
	}

	/** Whether the confidential exhibits may be shown to the public on the day. */
	public boolean exhibitsPublicOn(LocalDate day) {
		return this.exhibitsWithheldUntil == null || !day.isBefore(this.exhibitsWithheldUntil);
	}

	public Long getId() {
		return this.id;
	}

	public String getApprovalNumber() {
		return this.approvalNumber;
	}

	public String getGranteeCode() {
		return this.granteeCode;
	}

	public String getProductCode() {
		return this.productCode;
	}

	public String getModel() {
		return this.model;
	}

	public String getManufacturerLo() {
		return this.manufacturerLo;
	}

	public String getManufacturerEn() {
		return this.manufacturerEn;
	}

	public String getBands() {
		return this.bands;
	}

	public String getDeclaredStandards() {
		return this.declaredStandards;
	}

	public Long getHolderCompanyId() {
		return this.holderCompanyId;
	}

	public String getHolderNameLo() {
		return this.holderNameLo;
	}

	public String getHolderNameEn() {
		return this.holderNameEn;
	}

	public String getLicenceNumber() {
		return this.licenceNumber;
	}

	public Long getCaseId() {
		return this.caseId;
	}

	public LocalDate getApprovedOn() {
		return this.approvedOn;
	}

	public LocalDate getExhibitsWithheldUntil() {
		return this.exhibitsWithheldUntil;
	}

}
