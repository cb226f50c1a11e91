package la.anuyat.app.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Lao and English bundles say the same things: every string of the user interface
 * exists in both languages, and the Lao bundle is really written in Lao.
 */
class TranslationBundlesTest {

	private static final Pattern LAO_SCRIPT = Pattern.compile("[\\u0E80-\\u0EFF]");

	private static final Pattern LITERAL_KEY = Pattern.compile("getTranslation\\(\"([^\"]+)\"\\s*[,)]");

	@Test
	void laoAndEnglishBundlesHaveTheSameKeys() throws IOException {
		Properties lao = bundle("translations_lo.properties");
		Properties english = bundle("translations_en.properties");

		assertThat(lao.stringPropertyNames()).isNotEmpty();
		assertThat(lao.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
	}

	@Test
	void fallbackBundleHasTheSameKeysAsTheLanguages() throws IOException {
		assertThat(bundle("translations.properties").stringPropertyNames())
			.containsExactlyInAnyOrderElementsOf(bundle("translations_en.properties").stringPropertyNames());
	}

	@Test
	void noValueIsEmpty() throws IOException {
		for (String name : Set.of("translations.properties", "translations_lo.properties",
				"translations_en.properties")) {
			Properties properties = bundle(name);
			assertThat(properties.stringPropertyNames()).as("keys with an empty value in %s", name)
				.filteredOn((key) -> properties.getProperty(key).isBlank())
				.isEmpty();
		}
	}

	@Test
	void laoBundleIsWrittenInLaoScript() throws IOException {
		Properties lao = bundle("translations_lo.properties");
		long inLao = lao.stringPropertyNames()
			.stream()
			.filter((key) -> LAO_SCRIPT.matcher(lao.getProperty(key)).find())
			.count();
		// A few values may be names or symbols that read the same in both languages.
		assertThat(inLao).isGreaterThanOrEqualTo(lao.size() * 9L / 10);
	}

	@Test
	void englishBundleIsNotLao() throws IOException {
		Properties english = bundle("translations_en.properties");
		assertThat(english.stringPropertyNames())
			.filteredOn((key) -> LAO_SCRIPT.matcher(english.getProperty(key)).find())
			.isEmpty();
	}

	/**
	 * Keys written out in a view; keys built from a prefix (role., outcome.) are listed
	 * in the bundles.
	 */
	@Test
	void everyKeyTheViewsAskForExists() throws IOException {
		Properties lao = bundle("translations_lo.properties");
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			for (Path source : sources.filter((path) -> path.toString().endsWith(".java")).toList()) {
				Matcher matcher = LITERAL_KEY.matcher(Files.readString(source));
				while (matcher.find()) {
					if (!lao.containsKey(matcher.group(1))) {
						missing.add(matcher.group(1) + " (" + source.getFileName() + ")");
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	private static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = TranslationBundlesTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
			assertThat(in).as(name).isNotNull();
			try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
				properties.load(reader);
			}
		}
		return properties;
	}

}
