package la.anuyat.licence.intake;

import java.util.List;

import la.anuyat.document.ChecklistDocument;
import la.anuyat.document.DocumentSummary;

/**
 * Where an application stands with its document checklist: every document its case type
 * asks for, in the checklist's order, with the latest upload of that type, and the
 * required documents still missing (submission is refused while there are any).
 */
public record DocumentChecklistState(String caseNumber, List<Entry> entries, List<ChecklistDocument> missing) {

	public DocumentChecklistState {
		entries = List.copyOf(entries);
		missing = List.copyOf(missing);
	}

	/** Whether every required document is uploaded. */
	public boolean complete() {
		return this.missing.isEmpty();
	}

	/** The entries of the documents an application must carry. */
	public List<Entry> required() {
		return this.entries.stream().filter((entry) -> entry.document().required()).toList();
	}

	/**
	 * One document of the checklist and its latest upload, {@code null} while none is
	 * uploaded.
	 */
	public record Entry(ChecklistDocument document, DocumentSummary uploaded) {

		public boolean present() {
			return this.uploaded != null;
		}

	}

}
