package la.anuyat.search.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import la.anuyat.casefile.CaseEvent;
import la.anuyat.casefile.CaseFile;
import la.anuyat.search.LaoText;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * Indexes the questions officers asked the applicant of a case and the applicant's
 * answers, in whatever language they were written. The case holds only the latest
 * question and answer ({@link CaseFile#getInformationRequest()}, overwritten by a second
 * request), so the earlier ones are taken from the case's history, whose events of these
 * two types carry the text.
 */
public class InformationRequestBinder implements TypeBinder {

	static final String INFORMATION = "information";

	static final String REQUESTED = "case.informationRequested";

	static final String PROVIDED = "case.informationProvided";

	@Override
	public void bind(TypeBindingContext context) {
		// the history only grows: a new event changes the collection, which reindexes the
		// case; events themselves are never edited
		context.dependencies().use("informationRequest").use("informationAnswer").use("events");
		var type = context.typeFactory()
			.asString()
			.analyzer(SearchAnalysis.LAO)
			.projectable(Projectable.YES)
			.highlightable(List.of(Highlightable.ANY))
			.toIndexFieldType();
		IndexFieldReference<String> field = context.indexSchemaElement()
			.field(INFORMATION, type)
			.multiValued()
			.toReference();
		context.bridge(CaseFile.class, new Bridge(field));
	}

	/**
	 * The text an event of the history was written about: its description is "label:
	 * text" in Lao and in English, with the same text in both, so the text is what the
	 * two descriptions end with (whatever the labels say).
	 */
	static String textOf(CaseEvent event) {
		String lo = event.getDescriptionLo();
		String en = event.getDescriptionEn();
		if (lo == null || en == null) {
			return (lo != null) ? lo : en;
		}
		int common = 0;
		while (common < lo.length() && common < en.length()
				&& lo.charAt(lo.length() - 1 - common) == en.charAt(en.length() - 1 - common)) {
			common++;
		}
		String text = lo.substring(lo.length() - common);
		int colon = text.indexOf(':');
		// the labels may end alike (": "): drop what is left of them
		if (colon >= 0 && text.substring(0, colon).isBlank()) {
			text = text.substring(colon + 1);
		}
		text = text.strip();
		// not a "label: text" description after all: keep the whole of it
		return text.isEmpty() ? lo : text;
	}

	static final class Bridge implements TypeBridge<CaseFile> {

		private final IndexFieldReference<String> field;

		Bridge(IndexFieldReference<String> field) {
			this.field = field;
		}

		@Override
		public void write(DocumentElement target, CaseFile caseFile, TypeBridgeWriteContext context) {
			Set<String> texts = new LinkedHashSet<>();
			for (CaseEvent event : caseFile.getEvents()) {
				if (REQUESTED.equals(event.getType()) || PROVIDED.equals(event.getType())) {
					add(texts, textOf(event));
				}
			}
			add(texts, caseFile.getInformationRequest());
			add(texts, caseFile.getInformationAnswer());
			for (String text : texts) {
				target.addValue(this.field, LaoText.prepare(text));
			}
		}

		private static void add(Set<String> texts, String text) {
			if (text != null && !text.isBlank()) {
				texts.add(text.strip());
			}
		}

	}

}
