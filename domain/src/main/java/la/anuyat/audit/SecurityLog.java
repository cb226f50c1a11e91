package la.anuyat.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;
import la.anuyat.audit.internal.SecurityEventRepository;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The security log: failed logins, locks and refused actions, for the administrator. Kept
 * apart from the hash-chained {@link AuditTrail} on purpose: its rows come at an
 * attacker's pace, and a brute-force run must not queue every other action behind the
 * audit chain's lock. Each event is written in its own transaction, so that it stays even
 * when the refused request's work is rolled back.
 */
@Service
public class SecurityLog {

	private static final int MAX_ROWS = 1000;

	private final SecurityEventRepository events;

	private final Clock clock;

	public SecurityLog(SecurityEventRepository events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void record(SecurityEvent.Kind kind, String username, String clientAddress, String channel, String detail) {
		this.events.save(new SecurityEvent(Instant.now(this.clock), kind, username, clientAddress, channel, detail));
	}

	/**
	 * The newest events first, filtered by whichever criteria are given (null for any).
	 */
	@Transactional(readOnly = true)
	public List<SecurityEvent> events(SecurityEvent.Kind kind, String username, String clientAddress, Instant from,
			Instant until, int limit) {
		Specification<SecurityEvent> filter = (root, query, builder) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (kind != null) {
				predicates.add(builder.equal(root.get("kind"), kind));
			}
			if (username != null && !username.isBlank()) {
				predicates.add(builder.equal(root.get("username"), username.strip()));
			}
			if (clientAddress != null && !clientAddress.isBlank()) {
				predicates.add(builder.equal(root.get("clientAddress"), clientAddress.strip()));
			}
			if (from != null) {
				predicates.add(builder.greaterThanOrEqualTo(root.get("at"), from));
			}
			if (until != null) {
				predicates.add(builder.lessThan(root.get("at"), until));
			}
			return builder.and(predicates.toArray(Predicate[]::new));
		};
		int rows = Math.max(1, Math.min(limit, MAX_ROWS));
		return this.events
			.findAll(filter, PageRequest.of(0, rows, Sort.by(Sort.Order.desc("at"), Sort.Order.desc("id"))))
			.getContent();
	}

}
