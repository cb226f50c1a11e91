package la.anuyat.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Recall and precision of a search over {@link LaoTestSet}, for any backend: give it a
 * function from query text to the ids of the test documents found (see
 * {@code CaseSearchContract} for one over {@link CaseSearch}).
 */
public final class LaoRecallEvaluation {

	private LaoRecallEvaluation() {
	}

	/**
	 * @param recall found relevant pairs / all relevant pairs (micro average)
	 * @param precision found relevant pairs / all documents returned
	 * @param pairs the relevant query/document pairs
	 * @param returned documents returned in all
	 * @param misses a few queries that missed documents, for the report
	 */
	public record Result(double recall, double precision, int pairs, int returned, List<String> misses) {

		@Override
		public String toString() {
			return String.format(Locale.ROOT, "recall %.3f, precision %.3f (%d pairs, %d returned)", this.recall,
					this.precision, this.pairs, this.returned);
		}

	}

	public static Result evaluate(LaoTestSet set, Function<String, Collection<String>> search) {
		int relevantPairs = 0;
		int found = 0;
		int returned = 0;
		List<String> misses = new ArrayList<>();
		for (LaoTestSet.Query query : set.queries()) {
			Set<String> hits = new HashSet<>(search.apply(query.text()));
			int hitRelevant = (int) query.relevant().stream().filter(hits::contains).count();
			relevantPairs += query.relevant().size();
			found += hitRelevant;
			returned += hits.size();
			if (hitRelevant < query.relevant().size() && misses.size() < 20) {
				misses.add(query.id() + " " + query.text() + " found " + hitRelevant + "/" + query.relevant().size());
			}
		}
		double recall = (relevantPairs == 0) ? 1.0 : (double) found / relevantPairs;
		double precision = (returned == 0) ? 1.0 : (double) found / returned;
		return new Result(recall, precision, relevantPairs, returned, misses);
	}

}
