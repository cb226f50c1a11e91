package la.anuyat.audit.internal;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface AuditChainHeadRepository extends JpaRepository<AuditChainHead, Long> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select h from AuditChainHead h where h.id = 1")
	Optional<AuditChainHead> findHeadForUpdate();

	default AuditChainHead lockHead() {
		return findHeadForUpdate()
			.orElseThrow(() -> new IllegalStateException("audit_chain_head row missing: migration V1 not applied"));
	}

}
