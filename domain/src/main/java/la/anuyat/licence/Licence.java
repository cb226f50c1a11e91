package la.anuyat.licence;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import la.anuyat.shared.ConflictException;
import la.anuyat.shared.InvalidInputException;
import la.anuyat.shared.LocalizedText;

/**
 * An issued licence. Lifecycle verbs from the ministerial decisions: issue, suspend
 * (ໂຈະ), revoke (ຖອນ); expiry follows from the validity date.
 */
@Entity
@Table(name = "licence")
public class Licence {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "licence_number", nullable = false, unique = true)
	private String licenceNumber;

	@Column(name = "licence_type_code", nullable = false)
	private String licenceTypeCode;

	@Column(name = "company_id", nullable = false)
	private Long companyId;

	@Column(name = "holder_name_lo", nullable = false)
	private String holderNameLo;

	@Column(name = "holder_name_en")
	private String holderNameEn;

	@Column(name = "authority_code", nullable = false)
	private String authorityCode;

	@Column(name = "case_id")
	private Long caseId;

	@Column(name = "case_number")
	private String caseNumber;

	@Column(name = "issued_on", nullable = false)
	private LocalDate issuedOn;

	@Column(name = "valid_until", nullable = false)
	private LocalDate validUntil;

	@Enumerated(EnumType.STRING)
	@Column(name = "status", nullable = false)
	private LicenceStatus status;

	@Column(name = "status_reason")
	private String statusReason;

	@Column(name = "issued_by", nullable = false)
	private String issuedBy;

	protected Licence() {
	}

	public Licence(String licenceNumber, String licenceTypeCode, Long companyId, String holderNameLo,
			String holderNameEn, String authorityCode, Long caseId, String caseNumber, LocalDate issuedOn,
			LocalDate validUntil, String issuedBy) {
		if (validUntil.isBefore(issuedOn)) {
			throw new InvalidInputException("licence.validity",
					LocalizedText.of("ວັນໝົດອາຍຸຕ້ອງຫຼັງວັນອອກ", "A licence must not expire before it is issued"));
		}
		this.licenceNumber = licenceNumber;
		this.licenceTypeCode = licenceTypeCode;
		this.companyId = companyId;
		this.holderNameLo = holderNameLo;
		this.holderNameEn = holderNameEn;
		this.authorityCode = authorityCode;
		this.caseId = caseId;
		this.caseNumber = caseNumber;
		this.issuedOn = issuedOn;
		this.validUntil = validUntil;
		this.issuedBy = issuedBy;
		this.status = LicenceStatus.ACTIVE;
	}

	/**
	 * Suspends an active licence (ໂຈະ).
	 */
	public void suspend(String reason) {
		if (this.status != LicenceStatus.ACTIVE) {
			throw notAllowed("licence.notActive", "ໂຈະ", "suspended");
		}
		this.status = LicenceStatus.SUSPENDED;
		this.statusReason = reason;
	}

	/**
	 * Revokes (withdraws, ຖອນ) an active or suspended licence; final.
	 */
	public void revoke(String reason) {
		if (this.status != LicenceStatus.ACTIVE && this.status != LicenceStatus.SUSPENDED) {
			throw notAllowed("licence.notRevocable", "ຖອນ", "revoked");
		}
		this.status = LicenceStatus.REVOKED;
		this.statusReason = reason;
	}

	/**
	 * The answer of the public verification page on the given day: a licence past its
	 * validity date is EXPIRED even while its recorded status is still ACTIVE.
	 */
	public VerificationStatus verificationStatus(LocalDate today) {
		return switch (this.status) {
			case REVOKED -> VerificationStatus.REVOKED;
			case SUSPENDED -> VerificationStatus.SUSPENDED;
			case EXPIRED -> VerificationStatus.EXPIRED;
			case ACTIVE -> this.validUntil.isBefore(today) ? VerificationStatus.EXPIRED : VerificationStatus.VALID;
		};
	}

	private ConflictException notAllowed(String code, String verbLo, String verbEn) {
		return new ConflictException(code,
				LocalizedText.of("ໃບອະນຸຍາດ " + this.licenceNumber + " ບໍ່ສາມາດ" + verbLo + "ໄດ້ໃນສະຖານະນີ້",
						"Licence " + this.licenceNumber + " cannot be " + verbEn + " while it is " + this.status));
	}

	public Long getId() {
		return this.id;
	}

	public String getLicenceNumber() {
		return this.licenceNumber;
	}

	public String getLicenceTypeCode() {
		return this.licenceTypeCode;
	}

	public Long getCompanyId() {
		return this.companyId;
	}

	public String getHolderNameLo() {
		return this.holderNameLo;
	}

	public String getHolderNameEn() {
		return this.holderNameEn;
	}

	public String getAuthorityCode() {
		return this.authorityCode;
	}

	public Long getCaseId() {
		return this.caseId;
	}

	public String getCaseNumber() {
		return this.caseNumber;
	}

	public LocalDate getIssuedOn() {
		return this.issuedOn;
	}

	public LocalDate getValidUntil() {
		return this.validUntil;
	}

	public LicenceStatus getStatus() {
		return this.status;
	}

	public String getStatusReason() {
		return this.statusReason;
	}

	public String getIssuedBy() {
		return this.issuedBy;
	}

}
