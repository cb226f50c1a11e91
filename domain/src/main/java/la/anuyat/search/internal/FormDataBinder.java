package la.anuyat.search.internal;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import la.anuyat.licence.SearchableFormFields;
import la.anuyat.search.LaoText;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.dsl.IndexFieldTypeFactory;
import org.hibernate.search.mapper.pojo.bridge.PropertyBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.PropertyBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.PropertyBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.PropertyBridgeWriteContext;

/**
 * Indexes the parts of a case's form data (JSON) that officers search by, as the forms
 * tag them ({@link SearchableFormFields}): the company names in Lao and English, and the
 * text of the other searchable fields. Everything else in the form is left out.
 */
public class FormDataBinder implements PropertyBinder {

	static final String COMPANY_NAME_LO = "companyNameLo";

	static final String COMPANY_NAME_EN = "companyNameEn";

	static final String FORM_TEXT = "formText";

	private static final ObjectMapper JSON = new ObjectMapper();

	private final SearchableFormFields fields;

	FormDataBinder(SearchableFormFields fields) {
		this.fields = fields;
	}

	@Override
	public void bind(PropertyBindingContext context) {
		context.dependencies().useRootOnly();
		IndexSchemaElement schema = context.indexSchemaElement();
		IndexFieldTypeFactory types = context.typeFactory();
		var text = types.asString()
			.analyzer(SearchAnalysis.LAO)
			.projectable(Projectable.YES)
			.highlightable(List.of(Highlightable.ANY))
			.toIndexFieldType();
		context.bridge(String.class,
				new Bridge(List.copyOf(this.fields.companyNameLoKeys()), List.copyOf(this.fields.companyNameEnKeys()),
						List.copyOf(this.fields.textKeys()), schema.field(COMPANY_NAME_LO, text).toReference(),
						schema.field(COMPANY_NAME_EN, text).toReference(),
						schema.field(FORM_TEXT, text).multiValued().toReference()));
	}

	static final class Bridge implements PropertyBridge<String> {

		private final IndexFieldReference<String> nameLo;

		private final IndexFieldReference<String> nameEn;

		private final IndexFieldReference<String> formText;

		private final List<String> nameLoKeys;

		private final List<String> nameEnKeys;

		private final List<String> textKeys;

		Bridge(List<String> nameLoKeys, List<String> nameEnKeys, List<String> textKeys,
				IndexFieldReference<String> nameLo, IndexFieldReference<String> nameEn,
				IndexFieldReference<String> formText) {
			this.nameLoKeys = nameLoKeys;
			this.nameEnKeys = nameEnKeys;
			this.textKeys = textKeys;
			this.nameLo = nameLo;
			this.nameEn = nameEn;
			this.formText = formText;
		}

		@Override
		public void write(DocumentElement target, String formData, PropertyBridgeWriteContext context) {
			JsonNode form = parse(formData);
			if (form == null) {
				return;
			}
			// one name per language: the field is projected into the search results
			addText(target, this.nameLo, first(form, this.nameLoKeys));
			addText(target, this.nameEn, first(form, this.nameEnKeys));
			for (String key : this.textKeys) {
				addText(target, this.formText, text(at(form, key)));
			}
		}

		private static String first(JsonNode form, List<String> keys) {
			for (String key : keys) {
				String value = text(at(form, key));
				if (value != null && !value.isBlank()) {
					return value;
				}
			}
			return null;
		}

		/** A value by its key, dots going into groups with a path. */
		private static JsonNode at(JsonNode form, String key) {
			JsonNode node = form;
			for (String part : key.split("\\.")) {
				node = node.path(part);
			}
			return node.isMissingNode() ? null : node;
		}

		private static void addText(DocumentElement target, IndexFieldReference<String> field, String value) {
			if (value != null && !value.isBlank()) {
				target.addValue(field, LaoText.prepare(value.strip()));
			}
		}

		private static JsonNode parse(String formData) {
			if (formData == null || formData.isBlank()) {
				return null;
			}
			try {
				JsonNode node = JSON.readTree(formData);
				return (node != null && node.isObject()) ? node : null;
			}
			catch (JsonProcessingException ex) {
				// a broken form must not stop the case from being indexed by its other
				// fields
				return null;
			}
		}

		/** Text of a value, an array or an object (values joined by spaces). */
		private static String text(JsonNode node) {
			if (node == null || node.isNull()) {
				return null;
			}
			if (node.isValueNode()) {
				return node.asText();
			}
			List<String> parts = new ArrayList<>();
			node.elements().forEachRemaining((child) -> {
				String part = text(child);
				if (part != null && !part.isBlank()) {
					parts.add(part);
				}
			});
			return String.join(" ", parts);
		}

	}

}
