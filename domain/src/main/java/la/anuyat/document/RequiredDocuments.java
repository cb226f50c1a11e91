package la.anuyat.document;

import java.util.List;
import java.util.Set;

import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.SubmissionRule;
import la.anuyat.document.internal.StoredDocumentRepository;

import org.springframework.stereotype.Component;

/**
 * An application is submitted only with every required document of its checklist. The
 * wizard asks the same rule (through {@link DocumentService#missingDocuments}) before it
 * offers the submit step, so the browser and the API refuse alike.
 */
@Component
class RequiredDocuments implements SubmissionRule {

	private final StoredDocumentRepository documents;

	private final DocumentChecklist checklist;

	RequiredDocuments(StoredDocumentRepository documents, DocumentChecklist checklist) {
		this.documents = documents;
		this.checklist = checklist;
	}

	@Override
	public void check(CaseFile draft) {
		List<ChecklistDocument> missing = missing(draft);
		if (!missing.isEmpty()) {
			throw new DocumentsMissingException(missing);
		}
	}

	List<ChecklistDocument> missing(CaseFile caseFile) {
		Set<String> uploaded = this.documents.documentTypesOfCase(caseFile.getId());
		return this.checklist.documentsOf(caseFile)
			.stream()
			.filter(ChecklistDocument::required)
			.filter((document) -> !uploaded.contains(document.type()))
			.toList();
	}

}
