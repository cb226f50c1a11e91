package la.anuyat.licence.internal;

import java.util.List;
import java.util.Optional;

import la.anuyat.licence.LicenceMeasure;
import la.anuyat.licence.MeasureOutcome;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LicenceMeasureRepository extends JpaRepository<LicenceMeasure, Long> {

	Optional<LicenceMeasure> findByCaseId(Long caseId);

	Optional<LicenceMeasure> findByCaseNumber(String caseNumber);

	List<LicenceMeasure> findByLicenceNumberOrderByRequestedAtDesc(String licenceNumber);

	boolean existsByLicenceNumberAndOutcome(String licenceNumber, MeasureOutcome outcome);

}
