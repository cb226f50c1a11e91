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
 * An issued licence. Lifecycle verbs from the ministerial decisions: issue, suspend (ໂຈະ)
 * until a date and lift the suspension, revoke (ຖອນ), cancel (ຍົກເລີກ) at the holder's
 * request; expiry follows from the validity date. Each verb refuses itself, in Lao and
 * English, when the licence is not in a state that allows it.
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

	/** The last day of a suspension, included; null unless suspended. */
	@Column(name = "suspended_until")
	private LocalDate suspendedUntil;

	/**
	 * The public category of the last status change's reason (the reason is internal).
	 */
	@Enumerated(EnumType.STRING)
	@Column(name = "status_reason_category")
	private StatusReason statusReasonCategory;

	/** The licence number that replaced this one (renewal, amendment). */
	@Column(name = "superseded_by")
	private String supersededBy;

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
	 * Suspends a licence in force (ໂຈະ) up to and including the given day; the holder may
	 * not operate under it meanwhile. The suspension ends within the validity.
	 */
	public void suspend(StatusReason category, String reason, LocalDate until, LocalDate today) {
		if (this.status != LicenceStatus.ACTIVE || this.validUntil.isBefore(today)) {
			throw notAllowed("licence.notActive", "ໂຈະ", "suspended");
		}
		if (until == null || !until.isAfter(today)) {
			throw new InvalidInputException("licence.suspensionEnd",
					LocalizedText.of("ວັນສິ້ນສຸດການໂຈະຕ້ອງຫຼັງມື້ນີ້", "A suspension must end after today"));
		}
		if (until.isAfter(this.validUntil)) {
			throw new InvalidInputException("licence.suspensionBeyondValidity",
					LocalizedText.of("ການໂຈະຕ້ອງສິ້ນສຸດກ່ອນໃບອະນຸຍາດໝົດອາຍຸ (" + this.validUntil + ")",
							"A suspension must end within the licence's validity (" + this.validUntil + ")"));
		}
		this.status = LicenceStatus.SUSPENDED;
		this.suspendedUntil = until;
		this.statusReasonCategory = category;
		this.statusReason = reason;
	}

	/**
	 * Lifts a suspension (at its end, or earlier by decision): the licence is in force
	 * again.
	 */
	public void lift() {
		if (this.status != LicenceStatus.SUSPENDED) {
			throw new ConflictException("licence.notSuspended",
					LocalizedText.of("ໃບອະນຸຍາດ " + this.licenceNumber + " ບໍ່ໄດ້ຖືກໂຈະ",
							"Licence " + this.licenceNumber + " is not suspended (it is " + this.status + ")"));
		}
		this.status = LicenceStatus.ACTIVE;
		this.suspendedUntil = null;
		this.statusReasonCategory = null;
		this.statusReason = null;
	}

	/**
	 * Revokes (withdraws, ຖອນ) an active or suspended licence; final.
	 */
	public void revoke(StatusReason category, String reason) {
		if (this.status != LicenceStatus.ACTIVE && this.status != LicenceStatus.SUSPENDED) {
			throw notAllowed("licence.notRevocable", "ຖອນ", "revoked");
		}
		this.status = LicenceStatus.REVOKED;
		this.suspendedUntil = null;
		this.statusReasonCategory = category;
		this.statusReason = reason;
	}

	/**
	 * Cancels (ຍົກເລີກ) an active or suspended licence at its holder's request; final.
	 */
	public void cancel(String reason) {
		if (this.status != LicenceStatus.ACTIVE && this.status != LicenceStatus.SUSPENDED) {
			throw notAllowed("licence.notCancellable", "ຍົກເລີກ", "cancelled");
		}
		this.status = LicenceStatus.CANCELLED;
		this.suspendedUntil = null;
		this.statusReasonCategory = StatusReason.HOLDER_REQUEST;
		this.statusReason = reason;
	}

	/**
	 * Records the end of validity: only after the last valid day, and only of a licence
	 * that has not ended otherwise (revoked, cancelled, superseded).
	 */
	public void expire(LocalDate today) {
		if (this.status != LicenceStatus.ACTIVE && this.status != LicenceStatus.SUSPENDED) {
			throw notAllowed("licence.notExpirable", "ໝົດອາຍຸ", "expired");
		}
		if (!this.validUntil.isBefore(today)) {
			throw new ConflictException("licence.stillValid",
					LocalizedText.of("ໃບອະນຸຍາດ " + this.licenceNumber + " ໃຊ້ໄດ້ຮອດວັນທີ " + this.validUntil,
							"Licence " + this.licenceNumber + " is valid until " + this.validUntil));
		}
		this.status = LicenceStatus.EXPIRED;
		this.suspendedUntil = null;
		this.statusReasonCategory = StatusReason.END_OF_VALIDITY;
	}

	/**
	 * Renews (ຕໍ່) the licence until a new last day: an active licence, or one expired at
	 * the end of its validity (within the grace period the caller checked). A suspended,
	 * revoked, cancelled or superseded licence is not renewed.
	 */
	public void renew(LocalDate newValidUntil) {
		boolean expiredAtItsEnd = this.status == LicenceStatus.EXPIRED;
		if (this.status != LicenceStatus.ACTIVE && !expiredAtItsEnd) {
			throw notAllowed("licence.notRenewable", "ຕໍ່ອາຍຸ", "renewed");
		}
		if (!newValidUntil.isAfter(this.validUntil)) {
			throw new ConflictException("licence.renewalNotLonger", LocalizedText
				.of("ການຕໍ່ອາຍຸຕ້ອງຫຼັງວັນທີ " + this.validUntil, "A renewal must end after " + this.validUntil));
		}
		this.validUntil = newValidUntil;
		this.status = LicenceStatus.ACTIVE;
		this.statusReasonCategory = null;
		this.statusReason = null;
	}

	/**
	 * Amends (ແກ້ໄຂ) the holder's name on an active licence; its validity stays.
	 */
	public void amendHolder(String nameLo, String nameEn) {
		if (this.status != LicenceStatus.ACTIVE) {
			throw notAllowed("licence.notAmendable", "ແກ້ໄຂ", "amended");
		}
		if (nameLo != null && !nameLo.isBlank()) {
			this.holderNameLo = nameLo.strip();
		}
		this.holderNameEn = (nameEn != null && !nameEn.isBlank()) ? nameEn.strip() : this.holderNameEn;
	}

	/**
	 * Whether the licence has not ended: active or suspended, whatever the date.
	 */
	public boolean isOpen() {
		return this.status == LicenceStatus.ACTIVE || this.status == LicenceStatus.SUSPENDED;
	}

	/**
	 * The answer of the public verification page on the given day: a licence past its
	 * validity date is EXPIRED even while its recorded status is still ACTIVE (or
	 * SUSPENDED).
	 */
	public VerificationStatus verificationStatus(LocalDate today) {
		return switch (this.status) {
			case REVOKED -> VerificationStatus.REVOKED;
			case CANCELLED -> VerificationStatus.CANCELLED;
			case SUPERSEDED -> VerificationStatus.SUPERSEDED;
			case EXPIRED -> VerificationStatus.EXPIRED;
			case SUSPENDED ->
				this.validUntil.isBefore(today) ? VerificationStatus.EXPIRED : VerificationStatus.SUSPENDED;
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

	public LocalDate getSuspendedUntil() {
		return this.suspendedUntil;
	}

	public StatusReason getStatusReasonCategory() {
		return this.statusReasonCategory;
	}

	public String getSupersededBy() {
		return this.supersededBy;
	}

}
