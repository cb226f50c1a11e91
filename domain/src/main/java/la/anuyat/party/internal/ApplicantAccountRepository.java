package la.anuyat.party.internal;

import java.util.List;
import java.util.Optional;

import la.anuyat.party.ApplicantAccount;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ApplicantAccountRepository extends JpaRepository<ApplicantAccount, Long> {

	Optional<ApplicantAccount> findByUsername(String username);

	Optional<ApplicantAccount> findByConfirmationToken(String token);

	Optional<ApplicantAccount> findFirstByCompanyIdAndEmailConfirmedTrueOrderByIdAsc(Long companyId);

	boolean existsByUsername(String username);

	boolean existsByUsernameSkeleton(String usernameSkeleton);

	List<ApplicantAccount> findByUsernameSkeletonIsNull();

}
