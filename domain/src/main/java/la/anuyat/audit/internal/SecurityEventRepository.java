package la.anuyat.audit.internal;

import la.anuyat.audit.SecurityEvent;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface SecurityEventRepository
		extends JpaRepository<SecurityEvent, Long>, JpaSpecificationExecutor<SecurityEvent> {

}
