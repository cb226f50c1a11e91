package la.anuyat.spectrum;

import java.util.List;

/**
 * How one band of a draft differs from the edition in force. Bands are matched by their
 * edges: a band whose edges moved shows as the old one removed and the new one added.
 *
 * @param before the band in force (null when added)
 * @param after the band in the draft (null when removed)
 * @param changed what changed in a band kept at the same edges: {@code name},
 * {@code services}, {@code licenceExempt}, {@code footnote}, {@code source}
 */
public record BandChange(Kind kind, BandAllocation before, BandAllocation after, List<String> changed) {

	public enum Kind {

		ADDED, CHANGED, REMOVED

	}

	/** The band the change is about: the draft's, or the removed one. */
	public BandAllocation band() {
		return (this.after != null) ? this.after : this.before;
	}

}
