package la.anuyat.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import la.anuyat.audit.internal.AuditChainHead;
import la.anuyat.audit.internal.AuditChainHeadRepository;
import la.anuyat.audit.internal.AuditEntryRepository;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only, hash-chained record of every action. Appends take a lock on the single
 * chain-head row, so concurrent transactions (several application nodes included) keep
 * one unbroken chain.
 */
@Service
@Transactional
public class AuditTrail {

	private static final int PAGE = 500;

	private final AuditEntryRepository entries;

	private final AuditChainHeadRepository heads;

	private final Clock clock;

	public AuditTrail(AuditEntryRepository entries, AuditChainHeadRepository heads, Clock clock) {
		this.entries = entries;
		this.heads = heads;
		this.clock = clock;
	}

	public AuditEntry record(String actor, String action, String subjectType, String subjectId, String detail,
			String delegationRef) {
		AuditChainHead head = this.heads.lockHead();
		// milliseconds survive every database's timestamp type, so the hash can be
		// recomputed
		Instant at = Instant.now(this.clock).truncatedTo(ChronoUnit.MILLIS);
		AuditEntry entry = new AuditEntry(at, actor, action, subjectType, subjectId, detail, delegationRef,
				head.getLastHash());
		entry = this.entries.save(entry);
		head.advance(entry.getHash());
		return entry;
	}

	@Transactional(readOnly = true)
	public ChainVerification verify() {
		// no lock: appends go on while the chain is verified; entries beyond the head
		// read here are
		// checked for their links only
		AuditChainHead head = this.heads.findById(AuditChainHead.ID).orElseThrow();
		AuditChain chain = new AuditChain(head.getLastHash(), head.getEntryCount());
		long after = Long.MIN_VALUE;
		List<AuditEntry> page;
		do {
			page = this.entries.findByIdGreaterThanOrderByIdAsc(after, PageRequest.ofSize(PAGE));
			for (AuditEntry entry : page) {
				chain.check(entry);
				after = entry.getId();
			}
		}
		while (page.size() == PAGE);
		return chain.result();
	}

	@Transactional(readOnly = true)
	public List<AuditEntry> entriesFor(String subjectType, String subjectId) {
		return this.entries.findBySubjectTypeAndSubjectIdOrderByIdAsc(subjectType, subjectId);
	}

}
