package la.anuyat.authority.internal;

import java.util.List;

import la.anuyat.authority.Delegation;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DelegationRepository extends JpaRepository<Delegation, Long> {

	List<Delegation> findByActingUsernameOrderByValidFromDesc(String actingUsername);

	List<Delegation> findByAuthorityCodeOrderByValidFromDesc(String authorityCode);

}
