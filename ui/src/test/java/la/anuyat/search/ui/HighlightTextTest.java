package la.anuyat.search.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Highlighted fragments are put in as text, with only the search's match markers turned
 * into marks.
 */
class HighlightTextTest {

	@Test
	void marksTheMatchesAndShowsEscapedMarkupAsCharacters() {
		HighlightText text = new HighlightText(
				"ແຜນ &lt;script&gt;alert(1)&lt;/script&gt; <em>ດິຈິຕອນ</em> &amp; <em>fibre</em> network");

		List<Component> parts = text.getChildren().toList();
		assertThat(parts).hasSize(5);
		assertThat(((Text) parts.get(0)).getText()).isEqualTo("ແຜນ <script>alert(1)</script> ");
		assertThat(parts.get(1)).isInstanceOf(HighlightText.Mark.class);
		assertThat(parts.get(1).getElement().getText()).isEqualTo("ດິຈິຕອນ");
		assertThat(((Text) parts.get(2)).getText()).isEqualTo(" & ");
		assertThat(parts.get(3).getElement().getText()).isEqualTo("fibre");
		assertThat(((Text) parts.get(4)).getText()).isEqualTo(" network");
		assertThat(text.getElement().getOuterHTML()).contains("&lt;script&gt;")
			.doesNotContain("<script")
			.contains("<mark class=\"search-mark\">ດິຈິຕອນ</mark>");
	}

	@Test
	void showsMarkupThatIsNotAMatchMarkerAsText() {
		HighlightText text = new HighlightText("<b onclick=\"x()\">bold</b> <img src=x onerror=alert(1)> <em>unclosed");

		assertThat(text.getChildren()).allMatch(Text.class::isInstance);
		assertThat(text.getElement().getOuterHTML()).doesNotContain("<b ", "<img", "<em>")
			.contains("&lt;img src=x onerror=alert(1)&gt;");
	}

	@Test
	void showsNothingForNoFragment() {
		assertThat(new HighlightText(null).getChildren()).isEmpty();
		assertThat(new HighlightText("").getChildren()).isEmpty();
	}

}
