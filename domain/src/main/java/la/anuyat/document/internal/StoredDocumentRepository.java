package la.anuyat.document.internal;

import java.util.List;
import java.util.Set;

import la.anuyat.document.StoredDocument;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface StoredDocumentRepository extends JpaRepository<StoredDocument, Long> {

	List<StoredDocument> findByCaseIdOrderByUploadedAtAscIdAsc(Long caseId);

	@Query("select distinct d.documentType from StoredDocument d where d.caseId = :caseId")
	Set<String> documentTypesOfCase(@Param("caseId") Long caseId);

}
