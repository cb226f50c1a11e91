package la.anuyat.authority.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import la.anuyat.authority.StaffMember;

import org.springframework.data.jpa.repository.Query;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StaffMemberRepository extends JpaRepository<StaffMember, Long> {

	Optional<StaffMember> findByUsername(String username);

	boolean existsByUsername(String username);

	@Query("select s.username from StaffMember s")
	List<String> findAllUsernames();

	List<StaffMember> findByAuthorityCodeOrderByUsername(String authorityCode);

	List<StaffMember> findByUsernameIn(Collection<String> usernames);

}
