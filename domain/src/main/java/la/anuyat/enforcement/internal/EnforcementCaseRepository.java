package la.anuyat.enforcement.internal;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import la.anuyat.enforcement.EnforcementCase;
import la.anuyat.enforcement.EnforcementMeasure;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface EnforcementCaseRepository extends JpaRepository<EnforcementCase, Long> {

	Optional<EnforcementCase> findByCaseNumber(String caseNumber);

	List<EnforcementCase> findByCompanyIdOrderByOpenedAtDesc(Long companyId);

	/**
	 * The company's earlier cases whose measure was proposed within the window: the
	 * repeated violations that the ladder escalates on.
	 */
	@Query("""
			select count(e) from EnforcementCase e
			where e.companyId = :companyId and e.caseId <> :caseId and e.proposedAt >= :since
			and e.measure in :measures""")
	long countEarlierMeasures(@Param("companyId") Long companyId, @Param("caseId") Long caseId,
			@Param("since") LocalDateTime since, @Param("measures") Collection<EnforcementMeasure> measures);

}
