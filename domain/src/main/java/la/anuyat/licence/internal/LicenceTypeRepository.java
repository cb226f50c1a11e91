package la.anuyat.licence.internal;

import java.util.List;

import la.anuyat.licence.LicenceType;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LicenceTypeRepository extends JpaRepository<LicenceType, String> {

	List<LicenceType> findByActiveTrueOrderByCode();

}
