package la.anuyat.inspection.internal;

import java.util.List;
import java.util.Optional;

import la.anuyat.inspection.InspectorDevice;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface InspectorDeviceRepository extends JpaRepository<InspectorDevice, Long> {

	@Query("select d from InspectorDevice d where d.tokenHash = ?1")
	Optional<InspectorDevice> findByTokenHash(String tokenHash);

	List<InspectorDevice> findAllByOrderByEnrolledAtDesc();

}
