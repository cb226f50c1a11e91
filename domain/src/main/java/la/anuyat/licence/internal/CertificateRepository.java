package la.anuyat.licence.internal;

import java.util.Optional;

import la.anuyat.licence.Certificate;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CertificateRepository extends JpaRepository<Certificate, Long> {

	Optional<Certificate> findFirstByLicenceIdOrderByIdDesc(Long licenceId);

	Optional<Certificate> findFirstBySha256OrderByIdDesc(String sha256);

}
