package la.anuyat.equipment.internal;

import java.util.List;
import java.util.Optional;

import la.anuyat.equipment.RegisteredEquipment;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface EquipmentRegisterRepository extends JpaRepository<RegisteredEquipment, Long> {

	Optional<RegisteredEquipment> findByApprovalNumber(String approvalNumber);

	Optional<RegisteredEquipment> findByCaseId(Long caseId);

	Optional<RegisteredEquipment> findFirstByLicenceNumberOrderByIdDesc(String licenceNumber);

	boolean existsByGranteeCodeAndProductCode(String granteeCode, String productCode);

	List<RegisteredEquipment> findByHolderCompanyIdOrderByApprovedOnDescIdDesc(Long companyId);

	/** Approved models by name, whatever the case of its letters. */
	@Query("select e from RegisteredEquipment e where lower(e.model) = lower(:model) order by e.id")
	List<RegisteredEquipment> findByModelIgnoringCase(String model);

}
