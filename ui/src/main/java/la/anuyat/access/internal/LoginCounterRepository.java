package la.anuyat.access.internal;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface LoginCounterRepository extends JpaRepository<LoginCounter, String> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from LoginCounter c where c.key = :key")
	Optional<LoginCounter> findForUpdate(String key);

	List<LoginCounter> findByKeyIn(List<String> keys);

}
