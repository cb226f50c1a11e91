package la.anuyat.complaint.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.criteria.Predicate;
import la.anuyat.complaint.Complaint;
import la.anuyat.complaint.ComplaintStage;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface ComplaintRepository extends JpaRepository<Complaint, Long>, JpaSpecificationExecutor<Complaint> {

	Optional<Complaint> findByTrackingCode(String trackingCode);

	boolean existsByTrackingCode(String trackingCode);

	List<Complaint> findByRespondentCompanyIdAndFiledAtAfterOrderByFiledAtDesc(Long companyId, LocalDateTime after);

	List<Complaint> findByRespondentCompanyIdOrderByFiledAtDesc(Long companyId);

	List<Complaint> findByFiledAtGreaterThanEqualAndFiledAtLessThan(LocalDateTime from, LocalDateTime until);

	long countByRespondentCompanyIdAndUpheldTrueAndDecidedAtGreaterThanEqual(Long companyId, LocalDateTime since);

	List<Complaint> findByCaseIdIn(Collection<Long> caseIds);

	/**
	 * The complaints an Open311 client may list, newest first; a filter given as null is
	 * left out of the query altogether (PostgreSQL cannot type a null parameter compared
	 * with nothing).
	 */
	default List<Complaint> search(String category, LocalDateTime from, LocalDateTime until, Boolean closed,
			Collection<ComplaintStage> closedStages, int max) {
		Specification<Complaint> filters = (root, query, criteria) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (category != null) {
				predicates.add(criteria.equal(root.get("category"), category));
			}
			if (from != null) {
				predicates.add(criteria.greaterThanOrEqualTo(root.get("filedAt"), from));
			}
			if (until != null) {
				predicates.add(criteria.lessThan(root.get("filedAt"), until));
			}
			if (closed != null) {
				Predicate isClosed = root.get("stage").in(closedStages);
				predicates.add(closed ? isClosed : criteria.not(isClosed));
			}
			return criteria.and(predicates.toArray(new Predicate[0]));
		};
		return findAll(filters, PageRequest.of(0, max, Sort.by(Sort.Direction.DESC, "filedAt"))).getContent();
	}

}
