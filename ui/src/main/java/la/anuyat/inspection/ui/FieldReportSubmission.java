package la.anuyat.inspection.ui;

import java.util.List;
import java.util.Map;

import la.anuyat.audit.AuditTrail;
import la.anuyat.identity.Actor;
import la.anuyat.inspection.FieldReports;
import la.anuyat.inspection.FieldSubmission;
import la.anuyat.inspection.MediaFile;
import la.anuyat.inspection.Signature;
import la.anuyat.inspection.checklist.InspectionChecklists;
import la.anuyat.shared.ForbiddenException;
import la.anuyat.shared.LocalizedText;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A field report filled in the browser, sent down the devices' path: its answers become
 * the XForms instance ODK Collect would send for the same checklist, read and checked as
 * a device's submission is (form and version, required answers, choices, position), and
 * stored with its photos and both signatures, so that the same event opens the inspection
 * case. Nothing is stored when anything is refused.
 */
@Component
class FieldReportSubmission {

	private final InspectionChecklists checklists;

	private final FieldReports reports;

	private final AuditTrail audit;

	FieldReportSubmission(InspectionChecklists checklists, FieldReports reports, AuditTrail audit) {
		this.checklists = checklists;
		this.reports = reports;
		this.audit = audit;
	}

	/**
	 * @param instanceId the report's instance id, the same for every attempt from one
	 * page: a submit repeated after the signal dropped is recognised and stored once
	 * @param answers the answers by field key, the position as XForms geopoint text and
	 * each photo field's answer the name of its file
	 * @param repeats the rows of each repeat (the equipment found) by its key
	 */
	@Transactional
	FieldReports.Receipt submit(Actor inspector, String formId, String instanceId, Map<String, String> answers,
			Map<String, List<Map<String, String>>> repeats, List<MediaFile> photos, List<Signature> signatures) {
		if (inspector == null || !inspector.isStaff()) {
			throw new ForbiddenException("fieldReport.notStaff", LocalizedText.of("ມີແຕ່ພະນັກງານກວດກາທີ່ສົ່ງລາຍງານໄດ້",
					"Only inspection staff may send a field report"));
		}
		FieldSubmission submission = this.checklists
			.readSubmission(this.checklists.instanceOf(formId, instanceId, answers, repeats));
		FieldReports.Receipt receipt = this.reports.receiveSigned(inspector.username(), submission, photos, signatures);
		if (!receipt.duplicate()) {
			this.audit.record(inspector.username(), "fieldReport.received", "fieldReport", instanceId,
					"browser, form " + formId + ", " + photos.size() + " photo(s), signed", null);
		}
		return receipt;
	}

}
