package la.anuyat.inspection.internal;

import java.util.List;

import la.anuyat.inspection.FieldReportSignature;

import org.springframework.data.jpa.repository.JpaRepository;

public interface FieldReportSignatureRepository extends JpaRepository<FieldReportSignature, Long> {

	List<FieldReportSignature> findByFieldReportIdOrderByRoleAsc(long fieldReportId);

}
