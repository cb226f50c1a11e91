package la.anuyat.authority.internal;

import java.util.List;

import la.anuyat.authority.AuthoritySection;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AuthoritySectionRepository extends JpaRepository<AuthoritySection, AuthoritySection.Key> {

	List<AuthoritySection> findByAuthorityCodeOrderByPosition(String authorityCode);

}
