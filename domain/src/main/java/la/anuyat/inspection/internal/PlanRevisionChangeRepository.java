package la.anuyat.inspection.internal;

import java.util.Collection;
import java.util.List;

import la.anuyat.inspection.PlanRevisionChange;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanRevisionChangeRepository extends JpaRepository<PlanRevisionChange, Long> {

	List<PlanRevisionChange> findByRevisionIdInOrderByIdAsc(Collection<Long> revisionIds);

	long countByRevisionId(long revisionId);

}
