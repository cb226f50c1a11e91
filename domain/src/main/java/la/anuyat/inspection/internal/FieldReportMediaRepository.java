package la.anuyat.inspection.internal;

import java.util.List;

import la.anuyat.inspection.FieldReportMedia;

import org.springframework.data.jpa.repository.JpaRepository;

public interface FieldReportMediaRepository extends JpaRepository<FieldReportMedia, Long> {

	List<FieldReportMedia> findByFieldReportIdOrderById(long fieldReportId);

}
