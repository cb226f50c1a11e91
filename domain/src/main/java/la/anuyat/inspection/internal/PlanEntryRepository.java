package la.anuyat.inspection.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import la.anuyat.inspection.EntryStatus;
import la.anuyat.inspection.InspectionType;
import la.anuyat.inspection.PlanEntry;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanEntryRepository extends JpaRepository<PlanEntry, Long> {

	List<PlanEntry> findByPlanIdOrderByRiskScoreDescIdAsc(Long planId);

	List<PlanEntry> findByAuthorityCodeAndYearOrderByPlannedMonthAscRiskScoreDescIdAsc(String authorityCode, int year);

	List<PlanEntry> findByCompanyIdOrderByYearDescPlannedMonthAsc(Long companyId);

	List<PlanEntry> findByYearAndAuthorityCodeIn(int year, java.util.Collection<String> authorityCodes);

	List<PlanEntry> findByIdIn(Collection<Long> ids);

	/** The inspections of a company in a year, by state and checklist. */
	List<PlanEntry> findByStatusAndInspectionTypeAndYearAndCompanyIdOrderByPlannedMonthAscIdAsc(EntryStatus status,
			InspectionType type, int year, Long companyId);

	/**
	 * The inspections of a licence or frequency assignment in a year, by state and
	 * checklist.
	 */
	List<PlanEntry> findByStatusAndInspectionTypeAndYearAndSubjectRefOrderByPlannedMonthAscIdAsc(EntryStatus status,
			InspectionType type, int year, String subjectRef);

	/** The last inspection done of a subject, for the time since and for its position. */
	Optional<PlanEntry> findFirstBySubjectRefAndStatusOrderByDoneOnDesc(String subjectRef, EntryStatus status);

}
