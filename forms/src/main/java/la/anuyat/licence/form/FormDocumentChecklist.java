package la.anuyat.licence.form;

import java.util.ArrayList;
import java.util.List;

import la.anuyat.document.ChecklistDocument;
import la.anuyat.document.DocumentChecklist;

import org.springframework.stereotype.Component;

/**
 * The document checklist of a case type, as its application form lists it: the required
 * documents first, then the optional ones.
 */
@Component
class FormDocumentChecklist implements DocumentChecklist {

	private final FormCatalogue forms;

	FormDocumentChecklist(FormCatalogue forms) {
		this.forms = forms;
	}

	@Override
	public List<ChecklistDocument> documentsFor(String caseType) {
		return documentsFor(caseType, "new");
	}

	@Override
	public List<ChecklistDocument> documentsFor(String caseType, String kind) {
		FormDefinition form = this.forms.formOf(caseType).orElse(null);
		if (form == null) {
			return List.of();
		}
		List<ChecklistDocument> checklist = new ArrayList<>();
		form.requiredDocumentsFor(kind)
			.forEach((document) -> checklist.add(new ChecklistDocument(document.type(), document.name(), true)));
		form.optionalDocumentsFor(kind)
			.forEach((document) -> checklist.add(new ChecklistDocument(document.type(), document.name(), false)));
		return List.copyOf(checklist);
	}

}
