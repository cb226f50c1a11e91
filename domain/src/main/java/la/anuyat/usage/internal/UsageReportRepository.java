package la.anuyat.usage.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import la.anuyat.usage.UsageReport;
import la.anuyat.usage.UsageReportStatus;

import org.springframework.data.jpa.repository.JpaRepository;

public interface UsageReportRepository extends JpaRepository<UsageReport, Long> {

	List<UsageReport> findByLicenceNumberOrderByPeriodStartDesc(String licenceNumber);

	Optional<UsageReport> findByLicenceNumberAndPeriodStart(String licenceNumber, LocalDate periodStart);

	Optional<UsageReport> findFirstByLicenceNumberOrderByPeriodEndDesc(String licenceNumber);

	List<UsageReport> findByLicenceNumberAndStatusOrderByPeriodStart(String licenceNumber, UsageReportStatus status);

	List<UsageReport> findByStatusInOrderByDueDate(Collection<UsageReportStatus> statuses);

}
