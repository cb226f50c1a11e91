package la.anuyat.search.internal;

import jakarta.persistence.EntityManager;
import la.anuyat.casefile.CaseFile;
import la.anuyat.document.DocumentStored;

import org.hibernate.search.mapper.orm.Search;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Reindexes a case when a document is stored for it: the attachment text is indexed with
 * the case ({@link AttachmentTextBinder}), through a link Hibernate Search cannot follow
 * by itself. Runs in the storing transaction, so the case is indexed (or, with
 * outbox-polling, an outbox event is written) when that transaction commits.
 */
@Component
class DocumentStoredListener {

	private final EntityManager entityManager;

	DocumentStoredListener(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@EventListener
	void on(DocumentStored event) {
		CaseFile caseFile = this.entityManager.find(CaseFile.class, event.caseId());
		if (caseFile != null) {
			Search.session(this.entityManager).indexingPlan().addOrUpdate(caseFile);
		}
	}

}
