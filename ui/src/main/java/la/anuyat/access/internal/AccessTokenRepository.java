package la.anuyat.access.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccessTokenRepository extends JpaRepository<AccessToken, Long> {

	Optional<AccessToken> findByTokenHash(String tokenHash);

	List<AccessToken> findAllByOrderByIdDesc();

	@Modifying
	@Query("update AccessToken t set t.lastUsedAt = :at where t.id = :id")
	int recordUse(Long id, Instant at);

}
