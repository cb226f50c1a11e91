package la.anuyat.equipment;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import la.anuyat.casefile.CaseId;
import la.anuyat.shared.ConflictException;
import la.anuyat.shared.FieldError;
import la.anuyat.shared.InvalidInputException;
import la.anuyat.shared.LocalizedText;

/**
 * The type approval of one application: the equipment as declared, the check of each of
 * its bands against the allocation table in force and the power limits, and the
 * engineer's conclusion. Keyed by its case.
 */
@Entity
@Table(name = "equipment_type_approval")
public class TypeApproval {

	@Id
	@Column(name = "case_id")
	private Long caseId;

	@Column(name = "model", nullable = false)
	private String model;

	@Column(name = "manufacturer_lo", nullable = false)
	private String manufacturerLo;

	@Column(name = "manufacturer_en", nullable = false)
	private String manufacturerEn;

	@Column(name = "equipment_class", nullable = false)
	private String equipmentClass;

	@Column(name = "declared_standards", nullable = false)
	private String declaredStandards;

	@Column(name = "exhibits_withheld_until")
	private LocalDate exhibitsWithheldUntil;

	@Column(name = "allocation_edition", nullable = false)
	private String allocationEdition;

	@Column(name = "checked_at", nullable = false)
	private LocalDateTime checkedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "equipment_band_assessment", joinColumns = @JoinColumn(name = "case_id"))
	@OrderColumn(name = "position")
	private List<BandAssessment> bands = new ArrayList<>();

	@Enumerated(EnumType.STRING)
	@Column(name = "outcome")
	private AssessmentOutcome outcome;

	@Column(name = "justification")
	private String justification;

	@Column(name = "assessed_by")
	private String assessedBy;

	@Column(name = "assessed_at")
	private LocalDateTime assessedAt;

	@Version
	private long version;

	protected TypeApproval() {
	}

	TypeApproval(CaseId caseId, EquipmentDeclaration declaration) {
		this.caseId = caseId.value();
		declare(declaration);
	}

	/** The applicant's answers, again: after an information request they may change. */
	void declare(EquipmentDeclaration declaration) {
		this.model = declaration.model();
		this.manufacturerLo = declaration.manufacturerLo();
		this.manufacturerEn = declaration.manufacturerEn();
		this.equipmentClass = declaration.equipmentClass();
		this.declaredStandards = declaration.declaredStandards();
		this.exhibitsWithheldUntil = declaration.exhibitsWithheldUntil();
	}

	/**
	 * The check of the bands, made again from scratch: the engineer then concludes anew.
	 */
	void checked(String allocationEdition, List<BandAssessment> results, LocalDateTime at) {
		this.allocationEdition = allocationEdition;
		this.bands.clear();
		this.bands.addAll(results);
		this.checkedAt = at;
		this.outcome = null;
		this.justification = null;
		this.assessedBy = null;
		this.assessedAt = null;
	}

	/**
	 * The engineer's conclusion. "Compliant" only when every band complies; accepting a
	 * band that does not, or finding the equipment non-compliant, needs written reasons.
	 */
	void conclude(AssessmentOutcome concluded, String reasons, String engineer, LocalDateTime at) {
		if (this.outcome != null) {
			throw new ConflictException("equipment.alreadyAssessed", LocalizedText
				.of("ການປະເມີນອຸປະກອນນີ້ໄດ້ສະຫຼຸບແລ້ວ", "This equipment assessment is concluded already"));
		}
		boolean allComply = this.bands.stream().allMatch((band) -> band.getResult().complies());
		if (concluded == AssessmentOutcome.COMPLIANT && !allComply) {
			throw new ConflictException("equipment.bandsDoNotComply",
					LocalizedText.of("ມີແຖບຄວາມຖີ່ທີ່ບໍ່ຜ່ານການກວດ: ຍອມຮັບໄດ້ພຽງແຕ່ມີເຫດຜົນເປັນລາຍລັກອັກສອນ",
							"A band does not comply: it can only be accepted with a written justification"));
		}
		if (concluded != AssessmentOutcome.COMPLIANT && (reasons == null || reasons.isBlank())) {
			LocalizedText text = LocalizedText.of("ກະລຸນາຂຽນເຫດຜົນ", "Write the justification");
			throw new InvalidInputException("equipment.justificationRequired", text,
					List.of(new FieldError("comment", text)));
		}
		this.outcome = concluded;
		this.justification = (reasons != null && !reasons.isBlank()) ? reasons.strip() : null;
		this.assessedBy = engineer;
		this.assessedAt = at;
	}

	public CaseId caseId() {
		return new CaseId(this.caseId);
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

	public String getEquipmentClass() {
		return this.equipmentClass;
	}

	public String getDeclaredStandards() {
		return this.declaredStandards;
	}

	public LocalDate getExhibitsWithheldUntil() {
		return this.exhibitsWithheldUntil;
	}

	public String getAllocationEdition() {
		return this.allocationEdition;
	}

	public List<BandAssessment> getBands() {
		return List.copyOf(this.bands);
	}

	public AssessmentOutcome getOutcome() {
		return this.outcome;
	}

	public String getJustification() {
		return this.justification;
	}

	public String getAssessedBy() {
		return this.assessedBy;
	}

	public boolean allBandsComply() {
		return this.bands.stream().allMatch((band) -> band.getResult().complies());
	}

}
