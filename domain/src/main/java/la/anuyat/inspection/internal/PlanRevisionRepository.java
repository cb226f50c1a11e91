package la.anuyat.inspection.internal;

import java.util.List;
import java.util.Optional;

import la.anuyat.inspection.PlanRevision;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanRevisionRepository extends JpaRepository<PlanRevision, Long> {

	List<PlanRevision> findByPlanIdOrderByNumberAsc(long planId);

	Optional<PlanRevision> findByPlanIdAndNumber(long planId, int number);

}
