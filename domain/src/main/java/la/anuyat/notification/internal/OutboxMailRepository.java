package la.anuyat.notification.internal;

import java.util.List;

import la.anuyat.notification.OutboxMail;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OutboxMailRepository extends JpaRepository<OutboxMail, Long> {

	List<OutboxMail> findAllByOrderByCreatedAtDescIdDesc();

	List<OutboxMail> findBySentAtIsNullOrderByIdAsc();

}
