package la.anuyat.licence.internal;

import java.util.Collection;
import java.util.List;

import la.anuyat.licence.LicenceApplication;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LicenceApplicationRepository extends JpaRepository<LicenceApplication, Long> {

	List<LicenceApplication> findBySubjectLicenceNumber(String licenceNumber);

	List<LicenceApplication> findByCaseIdIn(Collection<Long> caseIds);

}
