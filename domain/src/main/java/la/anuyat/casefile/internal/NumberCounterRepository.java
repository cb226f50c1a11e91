package la.anuyat.casefile.internal;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface NumberCounterRepository extends JpaRepository<NumberCounter, String> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from NumberCounter c where c.series = :series")
	Optional<NumberCounter> findForUpdate(@Param("series") String series);

}
