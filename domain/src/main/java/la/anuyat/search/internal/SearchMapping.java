package la.anuyat.search.internal;

import java.util.List;

import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.CaseNote;
import la.anuyat.equipment.RegisteredEquipment;
import la.anuyat.licence.Licence;
import la.anuyat.licence.SearchableFormFields;

import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.ProgrammaticMappingConfigurationContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;

/**
 * The one search mapping, for either backend, kept here so that the entities of the other
 * features carry no Hibernate Search annotations. Field names are shared with the queries
 * through the constants of {@link SearchFields}.
 */
public class SearchMapping implements HibernateOrmSearchMappingConfigurer {

	private final SearchableFormFields formFields;

	SearchMapping(SearchableFormFields formFields) {
		this.formFields = formFields;
	}

	@Override
	public void configure(HibernateOrmMappingConfigurationContext context) {
		ProgrammaticMappingConfigurationContext mapping = context.programmaticMapping();
		mapCaseFile(mapping.type(CaseFile.class));
		mapping.type(CaseNote.class)
			.property("text")
			.fullTextField(SearchFields.NOTE_TEXT_LEAF)
			.analyzer(SearchAnalysis.LAO)
			.valueBridge(new LaoTextBridge())
			.highlightable(List.of(Highlightable.ANY))
			.projectable(Projectable.YES);
		mapLicence(mapping.type(Licence.class));
		mapEquipment(mapping.type(RegisteredEquipment.class));
	}

	private void mapCaseFile(TypeMappingStep caseFile) {
		caseFile.indexed().index(SearchFields.CASE_INDEX);
		caseFile.binder(new AttachmentTextBinder());
		caseFile.binder(new InformationRequestBinder());
		caseFile.property("caseNumber")
			.keywordField(SearchFields.CASE_NUMBER)
			.projectable(Projectable.YES)
			.sortable(Sortable.YES)
			.fullTextField(SearchFields.CASE_NUMBER_TEXT)
			.analyzer(SearchAnalysis.LAO);
		caseFile.property("caseType")
			.keywordField(SearchFields.CASE_TYPE)
			.projectable(Projectable.YES)
			.aggregable(Aggregable.YES);
		caseFile.property("status")
			.keywordField(SearchFields.STATUS)
			.projectable(Projectable.YES)
			.aggregable(Aggregable.YES);
		caseFile.property("authorityCode").keywordField(SearchFields.AUTHORITY).projectable(Projectable.YES);
		caseFile.property("provinceCode")
			.keywordField(SearchFields.PROVINCE)
			.projectable(Projectable.YES)
			.aggregable(Aggregable.YES);
		caseFile.property("companyId").genericField(SearchFields.COMPANY);
		caseFile.property("references")
			.keywordField(SearchFields.REFERENCE)
			.projectable(Projectable.YES)
			.fullTextField(SearchFields.REFERENCE_TEXT)
			.analyzer(SearchAnalysis.LAO);
		caseFile.property("submittedAt")
			.genericField(SearchFields.SUBMITTED_AT)
			.projectable(Projectable.YES)
			.sortable(Sortable.YES)
			.genericField(SearchFields.YEAR)
			.valueBridge(new YearBridge())
			.aggregable(Aggregable.YES);
		caseFile.property("createdAt").genericField(SearchFields.CREATED_AT).sortable(Sortable.YES);
		caseFile.property("formData").binder(new FormDataBinder(this.formFields));
		// notes are only ever added, never edited: reindex the case when one is added
		caseFile.property("notes")
			.indexedEmbedded(SearchFields.NOTES)
			.includePaths(SearchFields.NOTE_TEXT_LEAF)
			.indexingDependency()
			.reindexOnUpdate(ReindexOnUpdate.SHALLOW);
	}

	private static void mapLicence(TypeMappingStep licence) {
		licence.indexed().index(SearchFields.LICENCE_INDEX);
		licence.property("licenceNumber")
			.keywordField(SearchFields.LICENCE_NUMBER)
			.projectable(Projectable.YES)
			.sortable(Sortable.YES)
			.fullTextField(SearchFields.LICENCE_NUMBER_TEXT)
			.analyzer(SearchAnalysis.LAO);
		licence.property("licenceTypeCode").keywordField(SearchFields.LICENCE_TYPE).projectable(Projectable.YES);
		licence.property("holderNameLo")
			.fullTextField(SearchFields.HOLDER_NAME_LO)
			.analyzer(SearchAnalysis.LAO)
			.valueBridge(new LaoTextBridge())
			.projectable(Projectable.YES);
		licence.property("holderNameEn")
			.fullTextField(SearchFields.HOLDER_NAME_EN)
			.analyzer(SearchAnalysis.LAO)
			.valueBridge(new LaoTextBridge())
			.projectable(Projectable.YES);
		licence.property("authorityCode").keywordField(SearchFields.AUTHORITY).projectable(Projectable.YES);
		licence.property("status").keywordField(SearchFields.STATUS).projectable(Projectable.YES);
		licence.property("issuedOn").genericField(SearchFields.ISSUED_ON).projectable(Projectable.YES);
		licence.property("validUntil").genericField(SearchFields.VALID_UNTIL).projectable(Projectable.YES);
		licence.property("suspendedUntil").genericField(SearchFields.SUSPENDED_UNTIL).projectable(Projectable.YES);
		licence.property("statusReasonCategory").keywordField(SearchFields.STATUS_REASON).projectable(Projectable.YES);
	}

	/**
	 * The public equipment register: only its public fields exist in the index. Names and
	 * bands go through the Lao analysis, so a Lao manufacturer's name is found by a word
	 * of it, and a band by one of its edges.
	 */
	private static void mapEquipment(TypeMappingStep equipment) {
		equipment.indexed().index(SearchFields.EQUIPMENT_INDEX);
		equipment.property("approvalNumber")
			.keywordField(SearchFields.APPROVAL_NUMBER)
			.projectable(Projectable.YES)
			.sortable(Sortable.YES)
			.fullTextField(SearchFields.APPROVAL_NUMBER_TEXT)
			.analyzer(SearchAnalysis.LAO);
		equipment.property("granteeCode").keywordField(SearchFields.GRANTEE_CODE).projectable(Projectable.YES);
		for (String[] text : new String[][] { { "model", SearchFields.MODEL },
				{ "manufacturerLo", SearchFields.MANUFACTURER_LO }, { "manufacturerEn", SearchFields.MANUFACTURER_EN },
				{ "bands", SearchFields.BANDS }, { "declaredStandards", SearchFields.STANDARDS },
				{ "holderNameLo", SearchFields.HOLDER_NAME_LO }, { "holderNameEn", SearchFields.HOLDER_NAME_EN } }) {
			equipment.property(text[0])
				.fullTextField(text[1])
				.analyzer(SearchAnalysis.LAO)
				.valueBridge(new LaoTextBridge())
				.projectable(Projectable.YES);
		}
		equipment.property("approvedOn").genericField(SearchFields.APPROVED_ON).projectable(Projectable.YES);
		equipment.property("exhibitsWithheldUntil")
			.genericField(SearchFields.EXHIBITS_WITHHELD_UNTIL)
			.projectable(Projectable.YES);
	}

}
