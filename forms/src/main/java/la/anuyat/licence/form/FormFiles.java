package la.anuyat.licence.form;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import la.anuyat.licence.form.internal.FormSchemaReader;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Reads form definition files (Camunda Forms JSON) by id, for any feature that authors
 * its forms as data: the application forms and the inspection checklists are read the
 * same way and fail the same way (a broken file stops the start-up).
 */
public final class FormFiles {

	private FormFiles() {
	}

	/**
	 * Application forms: the inputs their wizard and validator know.
	 * @param pattern e.g. {@code classpath*:forms/*.form}
	 */
	public static Map<String, FormDefinition> applicationForms(ResourcePatternResolver resolver, String pattern) {
		return read(resolver, pattern, new FormSchemaReader(false));
	}

	/**
	 * Forms filled in the field, which may also repeat a group ({@code dynamiclist}) and
	 * take photos ({@code filepicker}).
	 * @param pattern e.g. {@code classpath*:checklists/*.form}
	 */
	public static Map<String, FormDefinition> fieldForms(ResourcePatternResolver resolver, String pattern) {
		return read(resolver, pattern, new FormSchemaReader(true));
	}

	private static Map<String, FormDefinition> read(ResourcePatternResolver resolver, String pattern,
			FormSchemaReader reader) {
		ObjectMapper json = new ObjectMapper();
		Map<String, FormDefinition> forms = new LinkedHashMap<>();
		for (Resource resource : resources(resolver, pattern)) {
			FormDefinition form;
			try (InputStream in = resource.getInputStream()) {
				form = reader.read(json.readTree(in), String.valueOf(resource.getFilename()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read form " + resource, ex);
			}
			if (forms.putIfAbsent(form.id(), form) != null) {
				throw new IllegalStateException("Two form files have the id " + form.id() + " (" + resource + ")");
			}
		}
		return Collections.unmodifiableMap(forms);
	}

	private static Resource[] resources(ResourcePatternResolver resolver, String pattern) {
		try {
			return resolver.getResources(pattern);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list " + pattern, ex);
		}
	}

}
