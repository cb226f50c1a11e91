package la.anuyat.authority.internal;

import java.util.List;

import la.anuyat.authority.Authority;
import la.anuyat.authority.AuthorityLevel;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AuthorityRepository extends JpaRepository<Authority, String> {

	List<Authority> findByLevelOrderByCode(AuthorityLevel level);

}
