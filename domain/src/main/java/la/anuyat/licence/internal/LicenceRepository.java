package la.anuyat.licence.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import la.anuyat.licence.Licence;
import la.anuyat.licence.LicenceStatus;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LicenceRepository extends JpaRepository<Licence, Long> {

	Optional<Licence> findByLicenceNumber(String licenceNumber);

	Optional<Licence> findByCaseId(Long caseId);

	List<Licence> findByCompanyIdOrderByIssuedOnDesc(Long companyId);

	List<Licence> findByStatusInOrderById(Collection<LicenceStatus> statuses);

	List<Licence> findByLicenceTypeCodeAndStatusOrderById(String licenceTypeCode, LicenceStatus status);

}
