package la.anuyat.licence.form.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import la.anuyat.licence.form.FieldOption;
import la.anuyat.licence.form.FormDefinition;
import la.anuyat.licence.form.FormField;
import la.anuyat.licence.form.FormValidator;
import la.anuyat.shared.FieldError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class FormSchemaReaderTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final FormSchemaReader reader = new FormSchemaReader();

	@Test
	void takesLaoAndEnglishFromALabelWrittenLaoSlashEnglish() {
		FormDefinition form = read("""
				{"type": "default", "id": "f", "components": [
				  {"id": "Field_1", "type": "select", "key": "size", "label": "ຂະໜາດ / Size",
				   "values": [{"label": "ນ້ອຍ / Small", "value": "S"}, {"label": "ໃຫຍ່ / Large", "value": "L"}]}
				]}""");
		FormField size = form.fields().get(0);
		assertThat(size.label().lo()).isEqualTo("ຂະໜາດ");
		assertThat(size.label().en()).isEqualTo("Size");
		assertThat(size.required()).isFalse();
		assertThat(size.options()).containsExactly(new FieldOption("S", "ນ້ອຍ", "Small"),
				new FieldOption("L", "ໃຫຍ່", "Large"));
	}

	@Test
	void bindsFieldsOfAGroupWithAPathUnderThatPath() {
		FormDefinition form = read("""
				{"type": "default", "id": "f", "components": [
				  {"id": "Group_1", "type": "group", "label": "ຜູ້ອຳນວຍການ / Director", "path": "director",
				   "components": [
				     {"id": "Field_1", "type": "textfield", "key": "name", "label": "ຊື່ / Name",
				      "validate": {"required": true}}
				   ]}
				]}""");
		assertThat(form.fields()).extracting(FormField::key).containsExactly("director.name");
		FormValidator validator = new FormValidator();
		assertThat(validator.validate(form, json("{\"director\": {\"name\": \"ສົມພອນ\"}}"))).isEmpty();
		assertThat(validator.validate(form, json("{\"director\": {\"name\": \"ສົມພອນ\", \"age\": 40}}")))
			.extracting(FieldError::field)
			.containsExactly("director.age");
		assertThat(validator.validate(form, json("{\"name\": \"ສົມພອນ\"}"))).extracting(FieldError::field)
			.containsExactly("director.name", "name");
	}

	@Test
	void refusesAFieldWithoutLaoAndEnglishLabels() {
		assertThatIllegalStateException().isThrownBy(() -> read("""
				{"type": "default", "id": "f", "components": [
				  {"id": "Field_1", "type": "textfield", "key": "name", "label": "Name"}
				]}""")).withMessageContaining("Field_1").withMessageContaining("label.lo");
	}

	@Test
	void refusesAnAmbiguousOptionLabelWithoutTranslatedProperties() {
		assertThatIllegalStateException().isThrownBy(() -> read("""
				{"type": "default", "id": "f", "components": [
				  {"id": "Field_1", "type": "select", "key": "shop", "label": "ຮ້ານ / Shop",
				   "values": [{"label": "ຮ້ານໄອຊີທີ / ຮ້ານອິນເຕີເນັດ / ICT shop / internet café", "value": "SHOP"}]}
				]}""")).withMessageContaining("option.SHOP.lo");
	}

	@Test
	void refusesARepeatedKey() {
		assertThatIllegalStateException().isThrownBy(() -> read("""
				{"type": "default", "id": "f", "components": [
				  {"id": "Field_1", "type": "textfield", "key": "name", "label": "ຊື່ / Name"},
				  {"id": "Field_2", "type": "textfield", "key": "name", "label": "ຊື່ / Name"}
				]}""")).withMessageContaining("repeats the key");
	}

	@Test
	void refusesWhatTheServerCannotCheckLikeTheBrowser() {
		assertThatIllegalStateException().isThrownBy(() -> read("""
				{"type": "default", "id": "f", "components": [
				  {"id": "Field_1", "type": "textfield", "key": "name", "label": "ຊື່ / Name",
				   "conditional": {"hide": "=other = null"}}
				]}""")).withMessageContaining("condition");
		assertThatIllegalStateException().isThrownBy(() -> read("""
				{"type": "default", "id": "f", "components": [
				  {"id": "Field_1", "type": "textfield", "key": "name", "label": "ຊື່ / Name",
				   "validate": {"maxLength": "=limit"}}
				]}""")).withMessageContaining("FEEL");
		assertThatIllegalStateException().isThrownBy(() -> read("""
				{"type": "default", "id": "f", "components": [
				  {"id": "Field_1", "type": "textfield", "key": "mail", "label": "ອີເມວ / E-mail",
				   "validate": {"validationType": "email"}}
				]}""")).withMessageContaining("custom");
		assertThatIllegalStateException().isThrownBy(() -> read("""
				{"type": "default", "id": "f", "components": [
				  {"id": "Field_1", "type": "dynamiclist", "label": "ລາຍການ / List", "components": []}
				]}""")).withMessageContaining("dynamiclist");
	}

	@Test
	void listsOnlyTheDocumentsMarkedRequired() {
		FormDefinition form = read("""
				{"type": "default", "id": "f", "components": [
				  {"id": "Text_1", "type": "text", "text": "-",
				   "properties": {"documentType": "licence-copy", "required": "true",
				                  "label.lo": "ສຳເນົາໃບອະນຸຍາດ", "label.en": "Copy of the licence"}},
				  {"id": "Text_2", "type": "text", "text": "-",
				   "properties": {"documentType": "photo", "required": "false",
				                  "label.lo": "ຮູບຖ່າຍ", "label.en": "Photo"}}
				]}""");
		assertThat(form.requiredDocuments()).singleElement()
			.satisfies((document) -> assertThat(document.type()).isEqualTo("licence-copy"));
		assertThat(form.fields()).isEmpty();
	}

	private FormDefinition read(String schema) {
		return this.reader.read(json(schema), "test.form");
	}

	private static JsonNode json(String text) {
		try {
			return JSON.readTree(text);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
