package la.anuyat.audit.internal;

import java.util.List;

import la.anuyat.audit.AuditEntry;

import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/**
 * Deliberately not a CrudRepository: the trail offers no delete.
 */
public interface AuditEntryRepository extends Repository<AuditEntry, Long> {

	AuditEntry save(AuditEntry entry);

	List<AuditEntry> findByIdGreaterThanOrderByIdAsc(long id, Pageable page);

	List<AuditEntry> findBySubjectTypeAndSubjectIdOrderByIdAsc(String subjectType, String subjectId);

}
