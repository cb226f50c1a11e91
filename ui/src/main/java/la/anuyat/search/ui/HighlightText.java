package la.anuyat.search.ui;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Span;
import org.jsoup.parser.Parser;

/**
 * One highlighted fragment of a search hit. The search marks matches with
 * {@code <em>…</em>} in HTML-escaped text; here only those markers become markup (a
 * {@code <mark>}), everything else is put in as plain text, so a document that contains
 * HTML or script shows it as characters and never runs it.
 */
class HighlightText extends Span {

	private static final Pattern MATCH = Pattern.compile("<em>(.*?)</em>", Pattern.DOTALL);

	HighlightText(String fragment) {
		addClassName("search-highlight");
		String text = (fragment != null) ? fragment : "";
		Matcher matcher = MATCH.matcher(text);
		int end = 0;
		while (matcher.find()) {
			if (matcher.start() > end) {
				add(new Text(plain(text.substring(end, matcher.start()))));
			}
			add(new Mark(plain(matcher.group(1))));
			end = matcher.end();
		}
		if (end < text.length()) {
			add(new Text(plain(text.substring(end))));
		}
	}

	/**
	 * The characters the escaped text stands for ({@code &lt;} → {@code <}); they are
	 * then set as text, never parsed as HTML.
	 */
	static String plain(String escaped) {
		return Parser.unescapeEntities(escaped, false);
	}

	/** A matched word, drawn with the page's mark style. */
	@Tag("mark")
	static final class Mark extends HtmlContainer {

		Mark(String text) {
			addClassName("search-mark");
			setText(text);
		}

	}

}
