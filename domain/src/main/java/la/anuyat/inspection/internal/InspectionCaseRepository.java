package la.anuyat.inspection.internal;

import java.util.Optional;

import la.anuyat.inspection.InspectionCase;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InspectionCaseRepository extends JpaRepository<InspectionCase, Long> {

	Optional<InspectionCase> findByFieldReportId(Long fieldReportId);

}
