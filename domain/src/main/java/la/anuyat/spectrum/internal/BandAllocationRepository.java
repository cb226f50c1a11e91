package la.anuyat.spectrum.internal;

import java.util.List;

import la.anuyat.spectrum.BandAllocation;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BandAllocationRepository extends JpaRepository<BandAllocation, Long> {

	List<BandAllocation> findByTableIdOrderByLowerMhz(Long tableId);

}
