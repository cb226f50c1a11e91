package la.anuyat.licence.form;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import la.anuyat.casefile.CaseTypeCatalogue;
import la.anuyat.licence.form.internal.FieldMessages;
import la.anuyat.shared.NotFoundException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternUtils;
import org.springframework.stereotype.Component;

/**
 * The application forms: every {@code classpath*:forms/*.form} file (Camunda Forms JSON),
 * by id. Which form serves which licence type is the licence catalogue's
 * {@code form_key}, the one source of that mapping; a choice field tagged
 * {@code optionsFrom: licenceTypes} offers the catalogue's licence types that the form
 * serves.
 * <p>
 * The files are read when the application starts, so that a form broken by an edit stops
 * the start-up instead of an applicant's submission; once the context is up, a catalogue
 * row naming a form that does not exist stops it too.
 */
@Component
public class FormCatalogue {

	static final String FORMS = "classpath*:forms/*.form";

	private final Map<String, FormDefinition> formsById;

	private final ObjectProvider<CaseTypeCatalogue> caseTypes;

	/**
	 * The forms with the catalogue's licence types filled in, by form id: the catalogue
	 * changes only by migration, that is with a restart.
	 */
	private final Map<String, FormDefinition> served = new ConcurrentHashMap<>();

	/**
	 * @param caseTypes the catalogue, looked up only when a form is asked for (the
	 * catalogue reads the database, whose start-up may itself read the forms)
	 */
	@Autowired
	public FormCatalogue(ResourceLoader resourceLoader, ObjectProvider<CaseTypeCatalogue> caseTypes) {
		this.formsById = readForms(ResourcePatternUtils.getResourcePatternResolver(resourceLoader));
		this.caseTypes = caseTypes;
	}

	public FormCatalogue(ResourceLoader resourceLoader, CaseTypeCatalogue caseTypes) {
		this(resourceLoader, new FixedProvider(caseTypes));
	}

	/**
	 * The form to apply for a licence of the given type (e.g. {@code ICT-SOFT}).
	 * @throws NotFoundException when no form serves the type
	 */
	public FormDefinition formFor(String licenceTypeCode) {
		return formOf(licenceTypeCode)
			.orElseThrow(() -> new NotFoundException("form.notFound", FieldMessages.noFormFor(licenceTypeCode)));
	}

	/**
	 * The form of an active licence type; empty when the type is unknown, inactive or not
	 * applied for online.
	 */
	public Optional<FormDefinition> formOf(String licenceTypeCode) {
		if (licenceTypeCode == null) {
			return Optional.empty();
		}
		return catalogue().formKeyOf(licenceTypeCode)
			.filter(this.formsById::containsKey)
			.map((formId) -> this.served.computeIfAbsent(formId, this::withCatalogueOptions));
	}

	/**
	 * A form by its id, as its file defines it (with no catalogue options filled in).
	 */
	public Optional<FormDefinition> form(String formId) {
		return Optional.ofNullable(this.formsById.get(formId));
	}

	/**
	 * Every form, as its file defines it.
	 */
	public Collection<FormDefinition> forms() {
		return this.formsById.values();
	}

	/**
	 * Refuses to run with a licence type whose form does not exist: an applicant would
	 * otherwise meet the mistake.
	 */
	@EventListener(ContextRefreshedEvent.class)
	public void checkTheCatalogue() {
		for (CaseTypeCatalogue.Entry type : catalogue().activeCaseTypes()) {
			if (type.formKey() != null && !this.formsById.containsKey(type.formKey())) {
				throw new IllegalStateException("Licence type " + type.code() + " names the form " + type.formKey()
						+ ", but no " + FORMS + " file has that id");
			}
		}
	}

	private FormDefinition withCatalogueOptions(String formId) {
		FormDefinition form = this.formsById.get(formId);
		List<FieldOption> types = catalogue().activeCaseTypes()
			.stream()
			.filter((type) -> formId.equals(type.formKey()))
			.map((type) -> new FieldOption(type.code(), type.name().lo(), type.name().en()))
			.toList();
		for (FormField field : form.fields()) {
			if (field.property(FormField.OPTIONS_FROM).isPresent()) {
				form = form.withOptions(field.key(), types);
			}
		}
		return form;
	}

	private CaseTypeCatalogue catalogue() {
		return this.caseTypes.getObject();
	}

	private static Map<String, FormDefinition> readForms(ResourcePatternResolver resolver) {
		return FormFiles.applicationForms(resolver, FORMS);
	}

	/** A catalogue given directly, as in tests of the forms alone. */
	private record FixedProvider(CaseTypeCatalogue catalogue) implements ObjectProvider<CaseTypeCatalogue> {

		@Override
		public CaseTypeCatalogue getObject() {
			return this.catalogue;
		}

		@Override
		public CaseTypeCatalogue getObject(Object... args) {
			return this.catalogue;
		}

		@Override
		public CaseTypeCatalogue getIfAvailable() {
			return this.catalogue;
		}

		@Override
		public CaseTypeCatalogue getIfUnique() {
			return this.catalogue;
		}

	}

}
