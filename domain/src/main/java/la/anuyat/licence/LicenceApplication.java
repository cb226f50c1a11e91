package la.anuyat.licence;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import la.anuyat.casefile.CaseId;
import la.anuyat.shared.ConflictException;
import la.anuyat.shared.LocalizedText;

/**
 * What a licence application knows beyond its case file: whether it asks for a new
 * licence, a renewal or an amendment, the licence a renewal or an amendment is about, and
 * the licence it issued. The case file (number, status, parties, review, history) is the
 * case core's; this aggregate names it by its {@link CaseId}.
 */
@Entity
@Table(name = "licence_application")
public class LicenceApplication {

	@Id
	@Column(name = "case_id")
	private Long caseId;

	@Enumerated(EnumType.STRING)
	@Column(name = "application_kind", nullable = false)
	private ApplicationKind kind;

	@Column(name = "subject_licence_number")
	private String subjectLicenceNumber;

	@Column(name = "licence_number")
	private String licenceNumber;

	protected LicenceApplication() {
	}

	private LicenceApplication(CaseId caseId, ApplicationKind kind, String subjectLicenceNumber) {
		this.caseId = caseId.value();
		this.kind = Objects.requireNonNull(kind, "kind");
		this.subjectLicenceNumber = subjectLicenceNumber;
	}

	/** The application for a new licence. */
	public static LicenceApplication forNewLicence(CaseId caseId) {
		return new LicenceApplication(caseId, ApplicationKind.NEW, null);
	}

	/** The renewal or the amendment of a licence. */
	public static LicenceApplication about(CaseId caseId, ApplicationKind kind, String licenceNumber) {
		if (kind == ApplicationKind.NEW) {
			throw new IllegalArgumentException("A new licence is about no licence");
		}
		return new LicenceApplication(caseId, kind, Objects.requireNonNull(licenceNumber, "licenceNumber"));
	}

	/**
	 * Records the licence the application issued (or, for a renewal or an amendment, the
	 * licence it renewed or amended); an application issues one licence only.
	 */
	void issued(String number) {
		if (this.licenceNumber != null) {
			throw new ConflictException("case.licenceAlreadyIssued",
					LocalizedText.of("ໃບອະນຸຍາດຂອງຄຳຮ້ອງນີ້ຖືກອອກແລ້ວ: " + this.licenceNumber,
							"A licence was already issued for this case: " + this.licenceNumber));
		}
		this.licenceNumber = Objects.requireNonNull(number, "number");
	}

	public CaseId getCaseId() {
		return new CaseId(this.caseId);
	}

	public ApplicationKind getKind() {
		return this.kind;
	}

	/** The licence a renewal or an amendment is about; null for a new licence. */
	public String getSubjectLicenceNumber() {
		return this.subjectLicenceNumber;
	}

	/** The licence the application issued, renewed or amended; null until then. */
	public String getLicenceNumber() {
		return this.licenceNumber;
	}

}
