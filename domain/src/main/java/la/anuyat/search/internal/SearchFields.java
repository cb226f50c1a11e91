package la.anuyat.search.internal;

import java.util.List;

/**
 * Index and field names, shared by the mapping and the queries.
 */
final class SearchFields {

	static final String CASE_INDEX = "case";

	static final String LICENCE_INDEX = "licence";

	static final String CASE_NUMBER = "caseNumber";

	static final String CASE_NUMBER_TEXT = "caseNumberText";

	static final String CASE_TYPE = "caseType";

	static final String STATUS = "status";

	static final String AUTHORITY = "authorityCode";

	static final String PROVINCE = "provinceCode";

	static final String COMPANY = "companyId";

	static final String LICENCE_NUMBER = "licenceNumber";

	static final String LICENCE_NUMBER_TEXT = "licenceNumberText";

	/** A case's references: the numbers of the records it is tied to (licences…). */
	static final String REFERENCE = "reference";

	static final String REFERENCE_TEXT = "referenceText";

	static final String SUBMITTED_AT = "submittedAt";

	static final String CREATED_AT = "createdAt";

	static final String YEAR = "year";

	static final String NOTES = "notes";

	static final String NOTE_TEXT_LEAF = "text";

	static final String NOTE_TEXT = NOTES + "." + NOTE_TEXT_LEAF;

	static final String LICENCE_TYPE = "licenceTypeCode";

	static final String HOLDER_NAME_LO = "holderNameLo";

	static final String HOLDER_NAME_EN = "holderNameEn";

	static final String ISSUED_ON = "issuedOn";

	static final String VALID_UNTIL = "validUntil";

	/** A suspended licence's last day of suspension (public). */
	static final String SUSPENDED_UNTIL = "suspendedUntil";

	/** The public category of a licence's status reason. */
	static final String STATUS_REASON = "statusReason";

	/** Where a case's free text is searched and highlighted, most telling first. */
	/** The public equipment register's index. */
	static final String EQUIPMENT_INDEX = "equipment";

	static final String APPROVAL_NUMBER = "approvalNumber";

	static final String APPROVAL_NUMBER_TEXT = "approvalNumberText";

	static final String GRANTEE_CODE = "granteeCode";

	static final String MODEL = "model";

	static final String MANUFACTURER_LO = "manufacturerLo";

	static final String MANUFACTURER_EN = "manufacturerEn";

	static final String BANDS = "bands";

	static final String STANDARDS = "declaredStandards";

	static final String APPROVED_ON = "approvedOn";

	static final String EXHIBITS_WITHHELD_UNTIL = "exhibitsWithheldUntil";

	static final List<String> CASE_TEXT = List.of(FormDataBinder.COMPANY_NAME_LO, FormDataBinder.COMPANY_NAME_EN,
			FormDataBinder.FORM_TEXT, InformationRequestBinder.INFORMATION, NOTE_TEXT,
			AttachmentTextBinder.ATTACHMENTS);

	static final List<String> CASE_IDENTIFIERS = List.of(CASE_NUMBER_TEXT, REFERENCE_TEXT);

	private SearchFields() {
	}

}
