package la.anuyat.spectrum.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import la.anuyat.spectrum.AllocationTable;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AllocationTableRepository extends JpaRepository<AllocationTable, Long> {

	Optional<AllocationTable> findFirstByStatusAndEffectiveFromLessThanEqualOrderByEffectiveFromDesc(
			AllocationTable.Status status, LocalDate day);

	Optional<AllocationTable> findFirstByStatusOrderByEffectiveFromDesc(AllocationTable.Status status);

	Optional<AllocationTable> findByEdition(String edition);

	List<AllocationTable> findByStatus(AllocationTable.Status status);

}
