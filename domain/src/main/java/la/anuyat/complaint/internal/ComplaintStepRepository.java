package la.anuyat.complaint.internal;

import java.util.List;

import la.anuyat.complaint.ComplaintStep;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ComplaintStepRepository extends JpaRepository<ComplaintStep, Long> {

	List<ComplaintStep> findByCaseIdOrderByAtAscIdAsc(Long caseId);

}
