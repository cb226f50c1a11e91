package la.anuyat.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chooses the Lao analysis by measuring it: the test set is indexed in plain Lucene with
 * the same analyzer both backends use (standard tokenizer + lowercase) and the same kind
 * of query (simple query string, AND), after each way of preparing the text in the
 * application. Prints the figures; asserts the ordering that justified the choice.
 */
class LaoAnalysisVariantsTest {

	static final LaoTestSet SET = LaoTestSet.load();

	@Test
	void theTestSetHoldsAtLeastTwoHundredPairs() {
		assertThat(SET.queries()).hasSizeGreaterThanOrEqualTo(200);
		assertThat(SET.pairs()).isGreaterThanOrEqualTo(200);
		assertThat(SET.docs()).hasSizeGreaterThan(100);
	}

	@Test
	void segmentationAndNormalisationBeatEitherAlone() {
		LaoRecallEvaluation.Result raw = measure("raw text", UnaryOperator.identity());
		LaoRecallEvaluation.Result normalisedOnly = measure("normalisation only", LaoText::normalise);
		LaoRecallEvaluation.Result segmentedOnly = measure("segmentation only", LaoText::segment);
		LaoRecallEvaluation.Result both = measure("segmentation + normalisation", LaoText::prepare);
		LaoRecallEvaluation.Result bigrams = measure("normalisation + character bigrams",
				(text) -> bigrams(LaoText.normalise(text)));
		assertThat(segmentedOnly.recall()).isGreaterThan(raw.recall());
		assertThat(both.recall()).isGreaterThan(segmentedOnly.recall()).isGreaterThan(normalisedOnly.recall());
		assertThat(both.recall()).isGreaterThanOrEqualTo(0.90);
		assertThat(bigrams.recall()).isGreaterThanOrEqualTo(both.recall());
		assertThat(both.precision()).isGreaterThanOrEqualTo(bigrams.precision());
	}

	@Test
	void aBigramFallbackTradesPrecisionForRecall() {
		try (Variant segmented = new Variant(LaoText::prepare);
				Variant bigrams = new Variant((text) -> bigrams(LaoText.normalise(text)))) {
			LaoRecallEvaluation.Result union = LaoRecallEvaluation.evaluate(SET, (text) -> {
				Set<String> ids = new LinkedHashSet<>(segmented.search(text));
				ids.addAll(bigrams.search(text));
				return ids;
			});
			System.out.println("Lao search, segmentation + normalisation OR bigrams: " + union);
			// the fallback recovers the words ICU splits another way in context
			// (ຜູ້ນຳ|ເຂົ້າ for
			// ຜູ້|ນຳເຂົ້າ), at the price of precision
			LaoRecallEvaluation.Result wordsOnly = segmented.evaluate();
			assertThat(union.recall()).isGreaterThan(wordsOnly.recall());
			assertThat(union.precision()).isLessThan(wordsOnly.precision());
		}
	}

	static LaoRecallEvaluation.Result measure(String name, UnaryOperator<String> prepare) {
		try (Variant variant = new Variant(prepare)) {
			LaoRecallEvaluation.Result result = variant.evaluate();
			System.out.println("Lao search, " + name + ": " + result);
			return result;
		}
	}

	/**
	 * The test set in an in-memory Lucene index, prepared one way.
	 */
	static final class Variant implements AutoCloseable {

		private final UnaryOperator<String> prepare;

		private final Analyzer analyzer;

		private final ByteBuffersDirectory directory = new ByteBuffersDirectory();

		private final DirectoryReader reader;

		private final IndexSearcher searcher;

		private final SimpleQueryParser parser;

		Variant(UnaryOperator<String> prepare) {
			this.prepare = prepare;
			try {
				this.analyzer = CustomAnalyzer.builder()
					.withTokenizer(StandardTokenizerFactory.class)
					.addTokenFilter(LowerCaseFilterFactory.class)
					.build();
				try (IndexWriter writer = new IndexWriter(this.directory, new IndexWriterConfig(this.analyzer))) {
					for (LaoTestSet.Doc doc : SET.docs()) {
						Document document = new Document();
						document.add(new StringField("id", doc.id(), Field.Store.YES));
						document.add(new TextField("text", prepare.apply(doc.text()), Field.Store.NO));
						writer.addDocument(document);
					}
				}
				this.reader = DirectoryReader.open(this.directory);
				this.searcher = new IndexSearcher(this.reader);
				this.parser = new SimpleQueryParser(this.analyzer, "text");
				this.parser.setDefaultOperator(BooleanClause.Occur.MUST);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		List<String> search(String text) {
			try {
				Query query = this.parser.parse(this.prepare.apply(text));
				List<String> ids = new ArrayList<>();
				for (ScoreDoc hit : this.searcher.search(query, 1000).scoreDocs) {
					ids.add(this.searcher.storedFields().document(hit.doc).get("id"));
				}
				return ids;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		LaoRecallEvaluation.Result evaluate() {
			return LaoRecallEvaluation.evaluate(SET, this::search);
		}

		@Override
		public void close() {
			try {
				this.reader.close();
				this.directory.close();
				this.analyzer.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	private static boolean isLao(char c) {
		return c >= '\u0E80' && c <= '\u0EFF';
	}

	/**
	 * Every run of Lao letters as overlapping two-character tokens (ນະຄອນ → ນະ ະຄ ຄອ ອນ).
	 */
	static String bigrams(String text) {
		StringBuilder out = new StringBuilder();
		int i = 0;
		while (i < text.length()) {
			if (!isLao(text.charAt(i))) {
				out.append(text.charAt(i++));
				continue;
			}
			int end = i;
			while (end < text.length() && isLao(text.charAt(end))) {
				end++;
			}
			if (end - i == 1) {
				out.append(text.charAt(i));
			}
			for (int j = i; j + 1 < end; j++) {
				out.append(' ').append(text, j, j + 2).append(' ');
			}
			i = end;
		}
		return out.toString();
	}

}
