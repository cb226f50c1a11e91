package la.anuyat.complaint.internal;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import la.anuyat.complaint.Complaint;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ComplaintRepository extends JpaRepository<Complaint, Long> {

	Optional<Complaint> findByTrackingCode(String trackingCode);

	boolean existsByTrackingCode(String trackingCode);

	List<Complaint> findByRespondentCompanyIdAndFiledAtAfterOrderByFiledAtDesc(Long companyId, LocalDateTime after);

	List<Complaint> findByRespondentCompanyIdOrderByFiledAtDesc(Long companyId);

	List<Complaint> findByCaseIdIn(Collection<Long> caseIds);

	/**
	 * The complaints an Open311 client may list, newest first; every filter is optional
	 * (null).
	 */
	@Query("""
			select c from Complaint c
			where (:category is null or c.category = :category)
			  and (:from is null or c.filedAt >= :from)
			  and (:until is null or c.filedAt < :until)
			  and (:closed is null or (:closed = true and c.stage in :closedStages)
			       or (:closed = false and c.stage not in :closedStages))
			order by c.filedAt desc
			""")
	List<Complaint> search(@Param("category") String category, @Param("from") LocalDateTime from,
			@Param("until") LocalDateTime until, @Param("closed") Boolean closed,
			@Param("closedStages") Collection<la.anuyat.complaint.ComplaintStage> closedStages, Pageable page);

}
