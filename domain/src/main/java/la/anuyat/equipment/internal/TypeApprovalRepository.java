package la.anuyat.equipment.internal;

import la.anuyat.equipment.TypeApproval;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TypeApprovalRepository extends JpaRepository<TypeApproval, Long> {

}
