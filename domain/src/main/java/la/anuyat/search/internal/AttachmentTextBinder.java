package la.anuyat.search.internal;

import java.util.List;

import la.anuyat.casefile.CaseFile;
import la.anuyat.search.LaoText;

import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.orm.HibernateOrmExtension;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * Indexes the text Tika extracted from a case's attachments with the case. Documents
 * refer to their case by id, not by an association, so the bridge loads them through the
 * Hibernate session; Hibernate Search cannot see that dependency, so
 * {@link DocumentStoredListener} adds the case to the indexing plan when a document is
 * stored.
 */
public class AttachmentTextBinder implements TypeBinder {

	static final String ATTACHMENTS = "attachments";

	/**
	 * Per attachment: enough for any application document, and under Elasticsearch's
	 * default highlighting limit (index.highlight.max_analyzed_offset, 1,000,000).
	 */
	static final int MAX_CHARS_PER_DOCUMENT = 200_000;

	@Override
	public void bind(TypeBindingContext context) {
		context.dependencies().useRootOnly();
		var type = context.typeFactory()
			.asString()
			.analyzer(SearchAnalysis.LAO)
			.projectable(Projectable.YES)
			.highlightable(List.of(Highlightable.ANY))
			.toIndexFieldType();
		IndexFieldReference<String> field = context.indexSchemaElement()
			.field(ATTACHMENTS, type)
			.multiValued()
			.toReference();
		context.bridge(CaseFile.class, new Bridge(field));
	}

	static final class Bridge implements TypeBridge<CaseFile> {

		private final IndexFieldReference<String> field;

		Bridge(IndexFieldReference<String> field) {
			this.field = field;
		}

		@Override
		public void write(DocumentElement target, CaseFile caseFile, TypeBridgeWriteContext context) {
			if (caseFile.getId() == null) {
				return;
			}
			Session session = context.extension(HibernateOrmExtension.get()).session();
			List<String> texts = session
				.createQuery("select d.extractedText from StoredDocument d where d.caseId = :caseId order by d.id",
						String.class)
				.setParameter("caseId", caseFile.getId())
				// called while the session flushes: do not flush again from here
				.setHibernateFlushMode(FlushMode.MANUAL)
				.getResultList();
			for (String text : texts) {
				if (text != null && !text.isBlank()) {
					String capped = (text.length() > MAX_CHARS_PER_DOCUMENT) ? text.substring(0, MAX_CHARS_PER_DOCUMENT)
							: text;
					target.addValue(this.field, LaoText.prepare(capped));
				}
			}
		}

	}

}
