package la.anuyat.inspection.internal;

import java.util.Collection;
import java.util.List;

import la.anuyat.inspection.TeamMember;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TeamMemberRepository extends JpaRepository<TeamMember, Long> {

	List<TeamMember> findByEntryIdInOrderByIdAsc(Collection<Long> entryIds);

	List<TeamMember> findByUsername(String username);

	List<TeamMember> findByEntryIdAndAuthorityCode(Long entryId, String authorityCode);

}
