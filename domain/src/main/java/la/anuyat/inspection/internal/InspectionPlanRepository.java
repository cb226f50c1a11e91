package la.anuyat.inspection.internal;

import java.util.Optional;

import la.anuyat.inspection.InspectionPlan;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InspectionPlanRepository extends JpaRepository<InspectionPlan, Long> {

	Optional<InspectionPlan> findByAuthorityCodeAndYear(String authorityCode, int year);

}
