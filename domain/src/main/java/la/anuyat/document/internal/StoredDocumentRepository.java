package la.anuyat.document.internal;

import java.util.List;

import la.anuyat.document.StoredDocument;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StoredDocumentRepository extends JpaRepository<StoredDocument, Long> {

	List<StoredDocument> findByCaseIdOrderByUploadedAtAscIdAsc(Long caseId);

}
