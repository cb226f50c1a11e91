package la.anuyat.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The single row that remembers the newest entry's hash. Locking it serialises appends;
 * it also lets verification notice when the newest entries were deleted.
 */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {

	public static final long ID = 1L;

	@Id
	private Long id;

	@Column(name = "last_hash")
	private String lastHash;

	@Column(name = "entry_count", nullable = false)
	private long entryCount;

	protected AuditChainHead() {
	}

	public String getLastHash() {
		return this.lastHash;
	}

	public long getEntryCount() {
		return this.entryCount;
	}

	public void advance(String hash) {
		this.lastHash = hash;
		this.entryCount++;
	}

}
