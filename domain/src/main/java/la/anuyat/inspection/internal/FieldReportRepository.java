package la.anuyat.inspection.internal;

import java.util.Optional;

import la.anuyat.inspection.FieldReport;

import org.springframework.data.jpa.repository.JpaRepository;

public interface FieldReportRepository extends JpaRepository<FieldReport, Long> {

	Optional<FieldReport> findByInstanceId(String instanceId);

}
