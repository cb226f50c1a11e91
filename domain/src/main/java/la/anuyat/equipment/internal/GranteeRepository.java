package la.anuyat.equipment.internal;

import java.util.Optional;

import la.anuyat.equipment.Grantee;

import org.springframework.data.jpa.repository.JpaRepository;

public interface GranteeRepository extends JpaRepository<Grantee, String> {

	Optional<Grantee> findByManufacturerKey(String manufacturerKey);

}
