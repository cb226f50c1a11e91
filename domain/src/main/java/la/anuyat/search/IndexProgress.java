package la.anuyat.search;

/**
 * How far a rebuild is.
 *
 * @param done entities indexed so far
 * @param total entities to index (grows while the indexer counts them)
 * @param finished whether the rebuild is over
 */
public record IndexProgress(long done, long total, boolean finished) {

	/**
	 * Between 0 and 1; 1 when finished.
	 */
	public double fraction() {
		if (this.finished) {
			return 1.0;
		}
		return (this.total <= 0) ? 0.0 : Math.min(1.0, (double) this.done / this.total);
	}

}
