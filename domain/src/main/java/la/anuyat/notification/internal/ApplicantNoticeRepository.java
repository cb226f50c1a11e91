package la.anuyat.notification.internal;

import java.util.List;
import java.util.Optional;

import la.anuyat.notification.ApplicantNotice;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ApplicantNoticeRepository extends JpaRepository<ApplicantNotice, Long> {

	List<ApplicantNotice> findByRecipientOrderByCreatedAtDescIdDesc(String recipient, Limit limit);

	long countByRecipientAndReadAtIsNull(String recipient);

	Optional<ApplicantNotice> findByIdAndRecipient(long id, String recipient);

	List<ApplicantNotice> findByRecipientAndReadAtIsNull(String recipient);

}
