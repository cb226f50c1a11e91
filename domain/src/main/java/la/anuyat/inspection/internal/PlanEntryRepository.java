package la.anuyat.inspection.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import la.anuyat.inspection.EntryStatus;
import la.anuyat.inspection.InspectionType;
import la.anuyat.inspection.PlanEntry;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PlanEntryRepository extends JpaRepository<PlanEntry, Long> {

	List<PlanEntry> findByPlanIdOrderByRiskScoreDescIdAsc(Long planId);

	List<PlanEntry> findByAuthorityCodeAndYearOrderByPlannedMonthAscRiskScoreDescIdAsc(String authorityCode, int year);

	List<PlanEntry> findByCompanyIdOrderByYearDescPlannedMonthAsc(Long companyId);

	List<PlanEntry> findByIdIn(Collection<Long> ids);

	/** The open inspections a field report on this company or subject may complete. */
	@Query("""
			select e from PlanEntry e
			where e.status = :status and e.inspectionType = :type and e.year = :year
			  and ((:companyId is not null and e.companyId = :companyId) or e.subjectRef = :subjectRef)
			order by e.plannedMonth, e.id""")
	List<PlanEntry> openFor(@Param("status") EntryStatus status, @Param("type") InspectionType type,
			@Param("year") int year, @Param("companyId") Long companyId, @Param("subjectRef") String subjectRef);

	/** The last inspection done of a subject, for the time since and for its position. */
	Optional<PlanEntry> findFirstBySubjectRefAndStatusOrderByDoneOnDesc(String subjectRef, EntryStatus status);

}
