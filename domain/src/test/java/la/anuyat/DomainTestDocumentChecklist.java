package la.anuyat;

import java.util.List;

import la.anuyat.document.ChecklistDocument;
import la.anuyat.document.DocumentChecklist;
import la.anuyat.shared.LocalizedText;

import org.springframework.stereotype.Component;

/**
 * The document checklist of the domain tests (the real one is read from the application
 * forms, which the domain module does not have): the documents the tests upload, none of
 * them required, so that the tests submit whatever their subject needs (the required
 * documents are tested with the real forms in the processes and API tests).
 */
@Component
class DomainTestDocumentChecklist implements DocumentChecklist {

	@Override
	public List<ChecklistDocument> documentsFor(String caseType) {
		return List.of(
				new ChecklistDocument("enterprise-registration",
						LocalizedText.of("ໃບທະບຽນວິສາຫະກິດ", "Enterprise registration certificate"), false),
				new ChecklistDocument("tax-registration",
						LocalizedText.of("ໃບທະບຽນອາກອນ", "Tax registration certificate"), false),
				new ChecklistDocument("business-plan", LocalizedText.of("ແຜນທຸລະກິດ", "Business plan"), false),
				new ChecklistDocument("other", LocalizedText.of("ເອກະສານອື່ນ", "Other document"), false));
	}

	@Override
	public List<ChecklistDocument> documentsFor(String caseType, String kind) {
		return documentsFor(caseType);
	}

}
