package la.anuyat.search.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The counts of the search, register and rebuild pages, as the application's bundles word
 * them: one licence is not "1 licences".
 */
class CountWordingTest {

	private static final Locale LAO = Locale.forLanguageTag("lo");

	private final DefaultI18NProvider translations = new DefaultI18NProvider(List.of(LAO, Locale.ENGLISH));

	@Test
	void countsOneInTheSingularAndMoreInThePlural() {
		assertThat(english("register.count", 1L)).isEqualTo("1 licence found");
		assertThat(english("register.count", 2L)).isEqualTo("2 licences found");
		assertThat(english("register.count", 12_345L)).isEqualTo("12,345 licences found");
		assertThat(english("search.count", 1L)).isEqualTo("1 case found");
		assertThat(english("search.count", 21L)).isEqualTo("21 cases found");
		assertThat(english("searchIndex.counts", 0L, 0L)).isEqualTo("0 of 0 documents indexed");
		assertThat(english("searchIndex.counts", 1L, 1L)).isEqualTo("1 of 1 document indexed");
		assertThat(english("searchIndex.counts", 40L, 120L)).isEqualTo("40 of 120 documents indexed");
	}

	@Test
	void laoCountsReadTheSameForOneAndForMore() {
		// Lao nouns have no plural form: the classifier stays as it is
		assertThat(lao("register.count", 1L)).isEqualTo("ພົບ 1 ໃບອະນຸຍາດ");
		assertThat(lao("register.count", 3L)).isEqualTo("ພົບ 3 ໃບອະນຸຍາດ");
		assertThat(lao("search.count", 1L)).isEqualTo("ພົບ 1 ຄຳຮ້ອງ");
		assertThat(lao("searchIndex.counts", 1L, 2L)).isEqualTo("ສຳເລັດ 1 ຈາກ 2 ລາຍການ");
	}

	private String english(String key, Object... values) {
		return this.translations.getTranslation(key, Locale.ENGLISH, values);
	}

	private String lao(String key, Object... values) {
		return this.translations.getTranslation(key, LAO, values);
	}

}
