package la.anuyat.document;

import java.util.List;

/**
 * The documents each case type asks for, implemented by the forms feature from the
 * document checklist of the application form (so the analysts change it in the form, not
 * in code).
 */
public interface DocumentChecklist {

	/**
	 * The checklist of a case type, in its order: the only document types an upload may
	 * have, and which of them are required. Empty for a type without a form.
	 */
	List<ChecklistDocument> documentsFor(String caseType);

	/**
	 * The checklist of an application of the given kind ({@code new}, {@code renewal},
	 * {@code amendment}): a form may ask some documents of some kinds only.
	 */
	List<ChecklistDocument> documentsFor(String caseType, String kind);

}
