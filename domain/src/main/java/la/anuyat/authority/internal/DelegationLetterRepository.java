package la.anuyat.authority.internal;

import java.util.Collection;
import java.util.Set;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DelegationLetterRepository extends JpaRepository<DelegationLetter, Long> {

	/** Which of the delegations have a scan, without reading the scans. */
	@Query("select l.delegationId from DelegationLetter l where l.delegationId in :ids")
	Set<Long> delegationIdsWithLetters(@Param("ids") Collection<Long> ids);

}
