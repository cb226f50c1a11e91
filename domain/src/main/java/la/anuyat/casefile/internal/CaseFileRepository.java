package la.anuyat.casefile.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.CaseStatus;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseFileRepository extends JpaRepository<CaseFile, Long> {

	Optional<CaseFile> findByCaseNumber(String caseNumber);

	List<CaseFile> findByCompanyIdOrderByCreatedAtDesc(Long companyId);

	List<CaseFile> findByStatusNotOrderByCreatedAtDesc(CaseStatus status);

	List<CaseFile> findByAuthorityCodeInAndStatusNotOrderByCreatedAtDesc(Collection<String> authorityCodes,
			CaseStatus status);

}
