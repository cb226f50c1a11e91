package la.anuyat.licence.form;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import com.fasterxml.jackson.databind.ObjectMapper;

import la.anuyat.licence.form.internal.FieldMessages;
import la.anuyat.licence.form.internal.FormSchemaReader;
import la.anuyat.shared.NotFoundException;

import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternUtils;
import org.springframework.stereotype.Component;

/**
 * The application forms, one per licence type: every {@code classpath:forms/*.form} file
 * (Camunda Forms JSON), and {@code forms/licence-type-forms.properties} saying which
 * licence type is applied for with which form.
 * <p>
 * Everything is read when the application starts, so that a form broken by an edit stops
 * the start-up instead of an applicant's submission.
 */
@Component
public class FormCatalogue {

	static final String FORMS = "classpath*:forms/*.form";

	static final String LICENCE_TYPE_FORMS = "classpath:forms/licence-type-forms.properties";

	private final Map<String, FormDefinition> formsById;

	private final Map<String, FormDefinition> formsByLicenceType;

	public FormCatalogue(ResourceLoader resourceLoader) {
		ResourcePatternResolver resolver = ResourcePatternUtils.getResourcePatternResolver(resourceLoader);
		this.formsById = readForms(resolver);
		this.formsByLicenceType = readLicenceTypes(resolver, this.formsById);
	}

	/**
	 * The form to apply for a licence of the given type (e.g. {@code ICT-SOFT}).
	 * @throws NotFoundException when no form serves the type
	 */
	public FormDefinition formFor(String licenceTypeCode) {
		FormDefinition form = (licenceTypeCode != null) ? this.formsByLicenceType.get(licenceTypeCode) : null;
		if (form == null) {
			throw new NotFoundException("form.notFound", FieldMessages.noFormFor(licenceTypeCode));
		}
		return form;
	}

	/**
	 * Which form each licence type uses, by licence type code.
	 */
	public Map<String, FormDefinition> formsByLicenceType() {
		return this.formsByLicenceType;
	}

	private static Map<String, FormDefinition> readForms(ResourcePatternResolver resolver) {
		ObjectMapper json = new ObjectMapper();
		FormSchemaReader reader = new FormSchemaReader();
		Map<String, FormDefinition> forms = new LinkedHashMap<>();
		for (Resource resource : resources(resolver, FORMS)) {
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

	private static Map<String, FormDefinition> readLicenceTypes(ResourcePatternResolver resolver,
			Map<String, FormDefinition> formsById) {
		Resource resource = resolver.getResource(LICENCE_TYPE_FORMS);
		Properties mapping = new Properties();
		try (Reader in = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
			mapping.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + LICENCE_TYPE_FORMS, ex);
		}
		Map<String, FormDefinition> forms = new LinkedHashMap<>();
		mapping.stringPropertyNames().stream().sorted().forEach((licenceType) -> {
			String formId = mapping.getProperty(licenceType).trim();
			FormDefinition form = formsById.get(formId);
			if (form == null) {
				throw new IllegalStateException(
						LICENCE_TYPE_FORMS + ": licence type " + licenceType + " names the unknown form " + formId);
			}
			forms.put(licenceType, form);
		});
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
