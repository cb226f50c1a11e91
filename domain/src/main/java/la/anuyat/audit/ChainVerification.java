package la.anuyat.audit;

/**
 * The result of checking the audit chain.
 *
 * @param intact whether every entry's hash matches its content and links to its
 * predecessor
 * @param entriesChecked how many entries were read
 * @param firstBrokenEntryId the first entry that does not fit the chain, or null when
 * intact (when the newest entries were removed, the last remaining entry is named)
 */
public record ChainVerification(boolean intact, long entriesChecked, Long firstBrokenEntryId) {
}
