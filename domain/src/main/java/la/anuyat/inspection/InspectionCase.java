package la.anuyat.inspection;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import la.anuyat.casefile.CaseId;

/**
 * What an inspection case knows beyond its case file: the field report it reviews, the
 * licence inspected, the violations the report shows (failed checks and equipment without
 * type approval, one per line, Lao / English) and the enforcement case its confirmed
 * violations started.
 */
@Entity
@Table(name = "inspection_case")
public class InspectionCase {

	private static final String LINE = "\n";

	@Id
	@Column(name = "case_id")
	private Long caseId;

	@Column(name = "case_number", nullable = false)
	private String caseNumber;

	@Column(name = "field_report_id", nullable = false)
	private Long fieldReportId;

	@Column(name = "form_id", nullable = false)
	private String formId;

	@Column(name = "licence_number", nullable = false)
	private String licenceNumber;

	@Column(name = "company_id", nullable = false)
	private Long companyId;

	@Column(name = "violations")
	private String violations;

	@Column(name = "notes")
	private String notes;

	@Column(name = "answers")
	private String answers;

	@Column(name = "enforcement_case_number")
	private String enforcementCaseNumber;

	protected InspectionCase() {
	}

	InspectionCase(CaseId caseId, String caseNumber, long fieldReportId, String formId, String licenceNumber,
			long companyId, List<String> violations, String notes, String answersJson) {
		this.caseId = caseId.value();
		this.caseNumber = caseNumber;
		this.fieldReportId = fieldReportId;
		this.formId = formId;
		this.licenceNumber = licenceNumber;
		this.companyId = companyId;
		this.violations = violations.isEmpty() ? null : String.join(LINE, violations);
		this.notes = notes;
		this.answers = answersJson;
	}

	void enforcementStarted(String caseNumber) {
		this.enforcementCaseNumber = caseNumber;
	}

	public CaseId getCaseId() {
		return new CaseId(this.caseId);
	}

	public String getCaseNumber() {
		return this.caseNumber;
	}

	public Long getFieldReportId() {
		return this.fieldReportId;
	}

	public String getFormId() {
		return this.formId;
	}

	public String getLicenceNumber() {
		return this.licenceNumber;
	}

	public Long getCompanyId() {
		return this.companyId;
	}

	/** The violations the report shows, one per entry; empty for a clean report. */
	public List<String> getViolations() {
		return (this.violations == null) ? List.of() : Arrays.asList(this.violations.split(LINE));
	}

	public boolean isClean() {
		return this.violations == null;
	}

	public String getNotes() {
		return this.notes;
	}

	/** The checklist's answers as JSON rows (see {@code InspectionCases#answersOf}). */
	String getAnswers() {
		return this.answers;
	}

	public String getEnforcementCaseNumber() {
		return this.enforcementCaseNumber;
	}

}
