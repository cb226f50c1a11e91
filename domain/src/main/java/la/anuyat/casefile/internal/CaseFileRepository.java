package la.anuyat.casefile.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.CaseStatus;
import la.anuyat.casefile.CaseSummary;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CaseFileRepository extends JpaRepository<CaseFile, Long> {

	Optional<CaseFile> findByCaseNumber(String caseNumber);

	List<CaseFile> findByCompanyIdOrderByCreatedAtDesc(Long companyId);

	List<CaseFile> findByStatusNotOrderByCreatedAtDesc(CaseStatus status);

	List<CaseFile> findByAuthorityCodeInAndStatusNotOrderByCreatedAtDesc(Collection<String> authorityCodes,
			CaseStatus status);

	/**
	 * Work-list rows: the case with its company's and authority's names, in one query
	 * that loads no case entity (and so none of its eager notes and history). A case
	 * about no company (a complaint against an unknown operator) is listed too.
	 */
	@Query("""
			select new la.anuyat.casefile.CaseSummary(c.id, c.caseNumber, c.caseType, c.authorityCode,
			  a.nameLo, a.nameEn, co.nameLo, co.nameEn, c.applicantUsername, c.review.studiedBy)
			from CaseFile c join Authority a on a.code = c.authorityCode left join Company co on co.id = c.companyId
			where c.id in :ids
			""")
	List<CaseSummary> summariesByIds(@Param("ids") Collection<Long> ids);

	/** Work-list rows by case number, as {@link #summariesByIds(Collection)}. */
	@Query("""
			select new la.anuyat.casefile.CaseSummary(c.id, c.caseNumber, c.caseType, c.authorityCode,
			  a.nameLo, a.nameEn, co.nameLo, co.nameEn, c.applicantUsername, c.review.studiedBy)
			from CaseFile c join Authority a on a.code = c.authorityCode left join Company co on co.id = c.companyId
			where c.caseNumber in :numbers
			""")
	List<CaseSummary> summariesByCaseNumbers(@Param("numbers") Collection<String> numbers);

}
