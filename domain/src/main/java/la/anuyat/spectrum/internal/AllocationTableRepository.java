package la.anuyat.spectrum.internal;

import java.time.LocalDate;
import java.util.Optional;

import la.anuyat.spectrum.AllocationTable;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AllocationTableRepository extends JpaRepository<AllocationTable, Long> {

	Optional<AllocationTable> findFirstByEffectiveFromLessThanEqualOrderByEffectiveFromDesc(LocalDate day);

}
