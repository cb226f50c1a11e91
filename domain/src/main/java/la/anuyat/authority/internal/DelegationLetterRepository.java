package la.anuyat.authority.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DelegationLetterRepository extends JpaRepository<DelegationLetter, Long> {

}
