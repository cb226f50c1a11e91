package la.anuyat.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The hash chain rule: an entry's hash is the SHA-256 of its canonical fields and its
 * predecessor's hash. Walking the entries in order and recomputing proves that none was
 * changed, inserted or removed.
 */
public final class AuditChain {

	private final String headHash;

	private final long headCount;

	private String previousHash;

	private long checked;

	private Long firstBroken;

	private Long lastId;

	/**
	 * @param headHash the hash of the newest entry as the chain head recorded it when
	 * verification began, or null for an empty chain
	 * @param headCount how many entries the chain head counted then; entries appended
	 * later are checked for their links only
	 */
	public AuditChain(String headHash, long headCount) {
		this.headHash = headHash;
		this.headCount = headCount;
	}

	/**
	 * Checks the next entry (entries must be given oldest first).
	 */
	public void check(AuditEntry entry) {
		this.checked++;
		this.lastId = entry.getId();
		if (this.firstBroken != null) {
			return;
		}
		boolean linked = Objects.equals(this.previousHash, entry.getPreviousHash());
		boolean unchanged = hashOf(entry).equals(entry.getHash());
		boolean headMatches = this.checked != this.headCount || entry.getHash().equals(this.headHash);
		if (!linked || !unchanged || !headMatches) {
			this.firstBroken = entry.getId();
		}
		this.previousHash = entry.getHash();
	}

	public ChainVerification result() {
		if (this.firstBroken == null && this.checked < this.headCount) {
			// the newest entries were removed: the head counted more entries than remain
			return new ChainVerification(false, this.checked, this.lastId);
		}
		return new ChainVerification(this.firstBroken == null, this.checked, this.firstBroken);
	}

	static String hashOf(AuditEntry entry) {
		StringBuilder canonical = new StringBuilder();
		append(canonical, String.valueOf(entry.getAt().toEpochMilli()));
		append(canonical, entry.getActor());
		append(canonical, entry.getAction());
		append(canonical, entry.getSubjectType());
		append(canonical, entry.getSubjectId());
		append(canonical, entry.getDetail());
		append(canonical, entry.getDelegationRef());
		append(canonical, entry.getPreviousHash());
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	// length-prefixed, so that moving text from one field to the next changes the hash
	private static void append(StringBuilder canonical, String value) {
		if (value == null) {
			canonical.append("-1:");
		}
		else {
			canonical.append(value.length()).append(':').append(value);
		}
		canonical.append('|');
	}

}
