package la.anuyat.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The Lao search test set ({@code search/lao-recall.tsv}, written by
 * {@code make-lao-recall.py} next to it): documents in the regulator's language, partly
 * in spelling variants, and queries with the documents each should find.
 */
public record LaoTestSet(List<Doc> docs, List<Query> queries) {

	public static final String RESOURCE = "/search/lao-recall.tsv";

	public record Doc(String id, String text) {
	}

	public record Query(String id, String text, Set<String> relevant) {
	}

	public static LaoTestSet load() {
		try (InputStream in = LaoTestSet.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + RESOURCE);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			List<Doc> docs = new ArrayList<>();
			List<Query> queries = new ArrayList<>();
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] cells = line.split("\t", -1);
				switch (cells[0]) {
					case "doc" -> docs.add(new Doc(cells[1], cells[2]));
					case "query" -> queries.add(new Query(cells[1], cells[2],
							"-".equals(cells[3]) ? Set.of() : new LinkedHashSet<>(Arrays.asList(cells[3].split(",")))));
					default -> throw new IllegalStateException("Unreadable line: " + line);
				}
			}
			return new LaoTestSet(List.copyOf(docs), List.copyOf(queries));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * How many query/relevant document pairs the set holds.
	 */
	public int pairs() {
		return this.queries.stream().mapToInt((q) -> q.relevant().size()).sum();
	}

}
