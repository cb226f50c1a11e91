package la.anuyat.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

class AuditChainTest {

	@Test
	void provesAnUntouchedChainIntact() {
		List<AuditEntry> entries = chainOf(4);

		ChainVerification result = verify(entries, last(entries).getHash(), entries.size());

		assertThat(result).isEqualTo(new ChainVerification(true, 4, null));
	}

	@Test
	void detectsAChangedDetail() {
		List<AuditEntry> entries = chainOf(4);
		ReflectionTestUtils.setField(entries.get(1), "detail", "approved by someone else");

		ChainVerification result = verify(entries, last(entries).getHash(), entries.size());

		assertThat(result.intact()).isFalse();
		assertThat(result.firstBrokenEntryId()).isEqualTo(2L);
	}

	@Test
	void detectsAnEntryRewrittenWithAFreshHash() {
		List<AuditEntry> entries = chainOf(4);
		AuditEntry forged = entries.get(1);
		ReflectionTestUtils.setField(forged, "actor", "someone.else");
		ReflectionTestUtils.setField(forged, "hash", AuditChain.hashOf(forged));

		ChainVerification result = verify(entries, last(entries).getHash(), entries.size());

		// the forged entry itself fits, but its successor no longer links to it
		assertThat(result.intact()).isFalse();
		assertThat(result.firstBrokenEntryId()).isEqualTo(3L);
	}

	@Test
	void detectsARemovedEntry() {
		List<AuditEntry> entries = chainOf(4);
		entries.remove(2);

		ChainVerification result = verify(entries, last(entries).getHash(), 4);

		assertThat(result.intact()).isFalse();
		assertThat(result.firstBrokenEntryId()).isEqualTo(4L);
	}

	@Test
	void detectsRemovalOfTheNewestEntriesThroughTheChainHead() {
		List<AuditEntry> entries = chainOf(4);
		String head = last(entries).getHash();
		entries.remove(3);

		ChainVerification result = verify(entries, head, 4);

		assertThat(result.intact()).isFalse();
		assertThat(result.entriesChecked()).isEqualTo(3);
	}

	@Test
	void acceptsEntriesAppendedWhileVerifying() {
		List<AuditEntry> entries = chainOf(4);

		ChainVerification result = verify(entries, entries.get(2).getHash(), 3);

		assertThat(result).isEqualTo(new ChainVerification(true, 4, null));
	}

	@Test
	void hashesTheDelegationReferenceToo() {
		Instant at = Instant.parse("2026-03-10T02:00:00Z");
		AuditEntry plain = new AuditEntry(at, "deputy.vte", "case.approved", "case", "ICT-VTE-2026-000001", "ok", null,
				null);
		AuditEntry delegated = new AuditEntry(at, "deputy.vte", "case.approved", "case", "ICT-VTE-2026-000001", "ok",
				"DTC-VTE 12/2026", null);

		assertThat(plain.getHash()).isNotEqualTo(delegated.getHash()).hasSize(64);
	}

	private static List<AuditEntry> chainOf(int count) {
		List<AuditEntry> entries = new ArrayList<>();
		String previous = null;
		for (int i = 1; i <= count; i++) {
			AuditEntry entry = new AuditEntry(Instant.parse("2026-03-10T02:00:00Z").plusSeconds(i), "officer.vte",
					"case.step" + i, "case", "ICT-VTE-2026-000001", "detail " + i, null, previous);
			ReflectionTestUtils.setField(entry, "id", (long) i);
			entries.add(entry);
			previous = entry.getHash();
		}
		return entries;
	}

	private static ChainVerification verify(List<AuditEntry> entries, String head, long count) {
		AuditChain chain = new AuditChain(head, count);
		entries.forEach(chain::check);
		return chain.result();
	}

	private static AuditEntry last(List<AuditEntry> entries) {
		return entries.get(entries.size() - 1);
	}

}
