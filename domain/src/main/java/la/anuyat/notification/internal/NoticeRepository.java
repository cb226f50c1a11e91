package la.anuyat.notification.internal;

import java.util.List;
import java.util.Optional;

import la.anuyat.notification.Notice;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NoticeRepository extends JpaRepository<Notice, Long> {

	List<Notice> findByRecipientOrderByCreatedAtDescIdDesc(String recipient, Limit limit);

	List<Notice> findByRecipientOrderByCreatedAtDescIdDesc(String recipient, Pageable page);

	List<Notice> findByRecipientAndReadAtIsNullOrderByCreatedAtDescIdDesc(String recipient, Pageable page);

	long countByRecipient(String recipient);

	long countByRecipientAndReadAtIsNull(String recipient);

	Optional<Notice> findByIdAndRecipient(long id, String recipient);

	List<Notice> findByRecipientAndReadAtIsNull(String recipient);

}
