package la.anuyat.complaint.internal;

import java.util.Optional;

import la.anuyat.complaint.Mediation;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MediationRepository extends JpaRepository<Mediation, Long> {

	/** The complaint's latest mediation meeting. */
	Optional<Mediation> findFirstByCaseIdOrderByScheduledAtDescIdDesc(Long caseId);

}
