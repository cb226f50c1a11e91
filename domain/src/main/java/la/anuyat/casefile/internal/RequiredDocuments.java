package la.anuyat.casefile.internal;

import java.util.List;
import java.util.Set;

import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.ChecklistKinds;
import la.anuyat.casefile.SubmissionRule;
import la.anuyat.document.ChecklistDocument;
import la.anuyat.document.DocumentChecklist;
import la.anuyat.document.DocumentService;
import la.anuyat.document.DocumentsMissingException;

import org.springframework.stereotype.Component;

/**
 * An application is submitted only with every required document of its checklist. The
 * wizard asks the same rule (through {@code CaseDocuments.missingDocuments}) before it
 * offers the submit step, so the browser and the API refuse alike.
 */
@Component
public class RequiredDocuments implements SubmissionRule {

	private final DocumentService documents;

	private final DocumentChecklist checklist;

	private final List<ChecklistKinds> kinds;

	RequiredDocuments(DocumentService documents, DocumentChecklist checklist, List<ChecklistKinds> kinds) {
		this.documents = documents;
		this.checklist = checklist;
		this.kinds = kinds;
	}

	@Override
	public void check(CaseFile draft) {
		List<ChecklistDocument> missing = missing(draft);
		if (!missing.isEmpty()) {
			throw new DocumentsMissingException(missing);
		}
	}

	/** The required documents of the case's checklist that it does not have yet. */
	public List<ChecklistDocument> missing(CaseFile caseFile) {
		Set<String> uploaded = this.documents.documentTypesOfCase(caseFile.getId());
		return checklistOf(caseFile).stream()
			.filter(ChecklistDocument::required)
			.filter((document) -> !uploaded.contains(document.type()))
			.toList();
	}

	/** The checklist of the case, for its type and kind of application. */
	public List<ChecklistDocument> checklistOf(CaseFile caseFile) {
		String kind = this.kinds.stream()
			.flatMap((family) -> family.checklistKindOf(caseFile).stream())
			.findFirst()
			.orElse(ChecklistKinds.DEFAULT_KIND);
		return this.checklist.documentsFor(caseFile.getCaseType(), kind);
	}

}
