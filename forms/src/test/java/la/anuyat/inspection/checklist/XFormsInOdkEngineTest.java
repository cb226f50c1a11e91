package la.anuyat.inspection.checklist;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import la.anuyat.inspection.FieldSubmission;
import la.anuyat.licence.form.FieldConstraints;
import la.anuyat.licence.form.FieldOption;
import la.anuyat.licence.form.FormField;
import la.anuyat.shared.LocalizedText;
import org.javarosa.core.model.Constants;
import org.javarosa.core.model.FormDef;
import org.javarosa.core.model.SelectChoice;
import org.javarosa.core.model.ValidateOutcome;
import org.javarosa.core.model.data.DateData;
import org.javarosa.core.model.data.DecimalData;
import org.javarosa.core.model.data.GeoPointData;
import org.javarosa.core.model.data.IAnswerData;
import org.javarosa.core.model.data.IntegerData;
import org.javarosa.core.model.data.SelectMultiData;
import org.javarosa.core.model.data.SelectOneData;
import org.javarosa.core.model.data.StringData;
import org.javarosa.core.model.data.helper.Selection;
import org.javarosa.core.model.instance.InstanceInitializationFactory;
import org.javarosa.core.model.instance.TreeElement;
import org.javarosa.core.services.PropertyManager;
import org.javarosa.form.api.FormEntryController;
import org.javarosa.form.api.FormEntryModel;
import org.javarosa.form.api.FormEntryPrompt;
import org.javarosa.model.xform.XFormSerializingVisitor;
import org.javarosa.xform.util.XFormUtils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import org.springframework.core.io.DefaultResourceLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated XForms in ODK's own form engine (JavaRosa, the engine inside ODK
 * Collect): every checklist parsed, walked question by question in both languages,
 * answered, held to its required flags and limits, and its instance serialised as Collect
 * sends it, then read by the server's own submission parsing.
 */
class XFormsInOdkEngineTest {

	/** Vientiane, as a phone reports it: latitude, longitude, altitude, accuracy. */
	static final double[] VIENTIANE = { 17.9667, 102.6, 170, 5 };

	/** Bangkok: just outside the survey area. */
	static final double[] BANGKOK = { 13.7563, 100.5018, 2, 5 };

	final InspectionChecklists checklists = new InspectionChecklists(new DefaultResourceLoader(),
			InspectionChecklistsTest.LAOS);

	/** The device id ODK Collect gives the engine for {@code jr:preload="property"}. */
	@BeforeAll
	static void onAPhone() {
		PropertyManager.setPropertyManager(new CollectDevice());
	}

	@AfterAll
	static void offThePhone() {
		PropertyManager.setPropertyManager(null);
	}

	@Test
	void parsesEveryChecklistWithEveryQuestionBoundAndLabelledInLaoAndEnglish() throws Exception {
		for (Checklist checklist : this.checklists.checklists()) {
			FormDef form = parse(checklist);
			String id = checklist.formId();
			assertThat(form.getTitle()).as(id).contains(checklist.title().en()).contains(checklist.title().lo());
			TreeElement root = form.getMainInstance().getRoot();
			assertThat(root.getName()).isEqualTo("data");
			assertThat(root.getAttributeValue(null, "id")).isEqualTo(id);
			assertThat(root.getAttributeValue(null, "version")).isEqualTo(checklist.version());
			assertThat(form.getLocalizer().getAvailableLocales()).as(id)
				.containsExactly(XFormWriter.LAO, XFormWriter.ENGLISH);
			assertThat(form.getLocalizer().getDefaultLocale()).isEqualTo(XFormWriter.LAO);

			FormEntryController entry = new FormEntryController(new FormEntryModel(form));
			List<String> asked = new ArrayList<>();
			int repeats = 0;
			for (int event = entry.stepToNextEvent(); event != FormEntryController.EVENT_END_OF_FORM; event = entry
				.stepToNextEvent()) {
				if (event == FormEntryController.EVENT_PROMPT_NEW_REPEAT && repeats++ == 0) {
					entry.newRepeat();
				}
				if (event != FormEntryController.EVENT_QUESTION) {
					continue;
				}
				FormEntryPrompt prompt = entry.getModel().getQuestionPrompt();
				FormField field = fieldOf(checklist, prompt);
				asked.add(field.key());
				assertThat(prompt.getDataType()).as(id + " type of " + field.key())
					.isEqualTo(dataType(XFormWriter.typeOf(field)));
				assertThat(prompt.isRequired()).as(id + " required " + field.key()).isEqualTo(field.required());
				entry.setLanguage(XFormWriter.LAO);
				assertThat(prompt.getLongText()).as(id + " Lao label of " + field.key()).isEqualTo(field.labelLo());
				List<String> choicesLo = prompt.getSelectChoices() == null ? List.of()
						: prompt.getSelectChoices().stream().map(prompt::getSelectChoiceText).toList();
				entry.setLanguage(XFormWriter.ENGLISH);
				assertThat(prompt.getLongText()).as(id + " English label of " + field.key()).isEqualTo(field.labelEn());
				if (!choicesLo.isEmpty()) {
					List<String> choicesEn = prompt.getSelectChoices()
						.stream()
						.map(prompt::getSelectChoiceText)
						.toList();
					List<FieldOption> options = optionsOf(field);
					assertThat(prompt.getSelectChoices()).extracting(SelectChoice::getValue)
						.containsExactlyElementsOf(options.stream().map(FieldOption::value).toList());
					assertThat(choicesLo)
						.containsExactlyElementsOf(options.stream().map(FieldOption::labelLo).toList());
					assertThat(choicesEn)
						.containsExactlyElementsOf(options.stream().map(FieldOption::labelEn).toList());
				}
			}
			// every field of the checklist is a question on the phone, each once
			List<String> expected = checklist.form()
				.fields()
				.stream()
				.filter((field) -> !"dynamiclist".equals(field.type()))
				.map(FormField::key)
				.toList();
			assertThat(asked).as(id).containsExactlyElementsOf(expected);
		}
	}

	@Test
	void refusesARequiredQuestionLeftEmptyAndAnAnswerOutsideItsLimits() throws Exception {
		for (Checklist checklist : this.checklists.checklists()) {
			FormDef form = parse(checklist);
			FormEntryController entry = new FormEntryController(new FormEntryModel(form));
			entry.setLanguage(XFormWriter.ENGLISH);
			int required = 0;
			int limited = 0;
			for (int event = entry.stepToNextEvent(); event != FormEntryController.EVENT_END_OF_FORM; event = entry
				.stepToNextEvent()) {
				if (event != FormEntryController.EVENT_QUESTION) {
					continue;
				}
				FormEntryPrompt prompt = entry.getModel().getQuestionPrompt();
				FormField field = fieldOf(checklist, prompt);
				String what = checklist.formId() + " " + field.key();
				if (field.required()) {
					assertThat(entry.answerQuestion(null, true)).as(what)
						.isEqualTo(FormEntryController.ANSWER_REQUIRED_BUT_EMPTY);
					required++;
				}
				Optional<IAnswerData> outside = outsideLimits(field, prompt);
				if (outside.isPresent()) {
					assertThat(entry.answerQuestion(outside.get(), true))
						.as(what + " = " + outside.get().getDisplayText())
						.isEqualTo(FormEntryController.ANSWER_CONSTRAINT_VIOLATED);
					// the phone shows the reason in the inspector's language
					assertThat(prompt.getConstraintText()).as(what).startsWith(field.labelEn() + ": ");
					entry.setLanguage(XFormWriter.LAO);
					assertThat(prompt.getConstraintText()).as(what).startsWith(field.labelLo() + ": ");
					entry.setLanguage(XFormWriter.ENGLISH);
					limited++;
				}
			}
			assertThat(required).as(checklist.formId()).isGreaterThanOrEqualTo(5);
			assertThat(limited).as(checklist.formId()).isGreaterThanOrEqualTo(3);

			// a form left blank cannot be finalised: the engine stops at the first
			// required question
			ValidateOutcome blank = form.validate(true);
			assertThat(blank).as(checklist.formId()).isNotNull();
			assertThat(blank.outcome).isEqualTo(FormEntryController.ANSWER_REQUIRED_BUT_EMPTY);
			assertThat(blank.failedPrompt.getReference().toString(false)).startsWith("/data/licenceNumber");
		}
	}

	@Test
	void fillsEveryChecklistAndTheServerReadsTheInstanceTheEngineSerialises() throws Exception {
		for (Checklist checklist : this.checklists.checklists()) {
			String id = checklist.formId();
			FormDef form = parse(checklist);
			FormEntryController entry = new FormEntryController(new FormEntryModel(form));
			Map<String, String> answers = new LinkedHashMap<>();
			int rows = 0;
			for (int event = entry.stepToNextEvent(); event != FormEntryController.EVENT_END_OF_FORM; event = entry
				.stepToNextEvent()) {
				if (event == FormEntryController.EVENT_PROMPT_NEW_REPEAT && rows < 2) {
					entry.newRepeat();
					rows++;
				}
				if (event != FormEntryController.EVENT_QUESTION) {
					continue;
				}
				FormEntryPrompt prompt = entry.getModel().getQuestionPrompt();
				FormField field = fieldOf(checklist, prompt);
				String path = prompt.getIndex().getReference().toString(true);
				if ("photo2".equals(field.key())) {
					// an optional photo not taken stays empty
					continue;
				}
				IAnswerData answer = validAnswer(field, prompt, rows);
				assertThat(entry.answerQuestion(answer, true)).as(id + " " + path + " = " + answer.getDisplayText())
					.isEqualTo(FormEntryController.ANSWER_OK);
				answers.put(path, (answer instanceof GeoPointData) ? null : answer.uncast().getString());
			}
			assertThat(form.validate(true)).as(id).isNull();
			form.postProcessInstance();

			byte[] submission = new XFormSerializingVisitor().serializeInstance(form.getInstance());
			Document xml = InspectionChecklistsTest.parse(new String(submission, StandardCharsets.UTF_8));
			Element root = xml.getDocumentElement();
			assertThat(root.getLocalName()).isEqualTo("data");
			assertThat(root.getAttribute("id")).isEqualTo(id);
			assertThat(root.getAttribute("version")).isEqualTo(checklist.version());
			String instanceId = at(root, "/data/meta/instanceID").getTextContent();
			assertThat(instanceId).as(id).matches("uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
			answers.forEach((path, value) -> {
				if (value != null) {
					assertThat(at(root, path).getTextContent()).as(id + " " + path).isEqualTo(value);
				}
			});
			assertThat(at(root, "/data/position").getTextContent()).startsWith("17.9667 102.6 ");
			assertThat(at(root, "/data/photo2").getTextContent()).isEmpty();

			assertThat(at(root, "/data/meta/deviceID").getTextContent()).isEqualTo(CollectDevice.DEVICE_ID);

			FieldSubmission read = this.checklists.readSubmission(submission);
			assertThat(read.deviceId()).isEqualTo(CollectDevice.DEVICE_ID);
			assertThat(read.formId()).isEqualTo(id);
			assertThat(read.formVersion()).isEqualTo(checklist.version());
			assertThat(read.instanceId()).isEqualTo(instanceId);
			assertThat(read.position().latitude()).isEqualTo(VIENTIANE[0]);
			assertThat(read.position().longitude()).isEqualTo(VIENTIANE[1]);
			assertThat(read.position().accuracy()).isEqualTo(VIENTIANE[3]);
			assertThat(read.mediaNames()).containsExactly("shopfront.jpg");
			assertThat(read.licenceNumber()).isEqualTo(answers.get("/data/licenceNumber[1]"));

			ChecklistFindings findings = this.checklists.findingsOf(submission);
			assertThat(findings.failedChecks()).extracting(LocalizedText::en)
				.as(id)
				.containsExactlyElementsOf(expectedViolations(checklist));
			boolean listsEquipment = checklist.form().field("equipment").isPresent();
			assertThat(findings.equipment()).as(id).hasSize(listsEquipment ? 2 : 0);
			if (listsEquipment) {
				assertThat(findings.equipment()).extracting(ChecklistFindings.EquipmentFound::model)
					.containsExactly(answers.get("/data/equipment[1]/model[1]"),
							answers.get("/data/equipment[2]/model[1]"));
			}
		}
	}

	/** Each yes-or-no check answered with its last choice ("no"), as above. */
	private static List<String> expectedViolations(Checklist checklist) {
		List<String> violations = new ArrayList<>();
		for (FormField field : checklist.form().fields()) {
			Optional<String> violationIf = field.property(InspectionChecklists.VIOLATION_IF);
			List<FieldOption> options = optionsOf(field);
			if (violationIf.isPresent() && !options.isEmpty()) {
				FieldOption last = options.get(options.size() - 1);
				if (List.of(violationIf.get().split("\\s*,\\s*")).contains(last.value())) {
					violations.add(field.labelEn() + ": " + last.labelEn());
				}
			}
		}
		return violations;
	}

	private static FormDef parse(Checklist checklist) throws Exception {
		FormDef form = XFormUtils
			.getFormFromInputStream(new ByteArrayInputStream(checklist.xform().getBytes(StandardCharsets.UTF_8)));
		form.initialize(true, new InstanceInitializationFactory());
		return form;
	}

	/** The checklist field a question asks, from its instance path. */
	private static FormField fieldOf(Checklist checklist, FormEntryPrompt prompt) {
		String path = prompt.getIndex().getReference().toString(false).replaceAll("\\[\\d+]", "");
		assertThat(path).startsWith("/data/");
		String key = path.substring("/data/".length()).replace('/', '.');
		return checklist.form()
			.field(key)
			.orElseThrow(() -> new AssertionError(checklist.formId() + ": a question without a field: " + path));
	}

	/** A check box is a yes-or-no question on a phone. */
	private static List<FieldOption> optionsOf(FormField field) {
		if ("checkbox".equals(field.type())) {
			return List.of(new FieldOption("yes", "ແມ່ນ", "Yes"), new FieldOption("no", "ບໍ່", "No"));
		}
		return field.options();
	}

	private static int dataType(String xformType) {
		return switch (xformType) {
			case "string" -> Constants.DATATYPE_TEXT;
			case "int" -> Constants.DATATYPE_INTEGER;
			case "decimal" -> Constants.DATATYPE_DECIMAL;
			case "date" -> Constants.DATATYPE_DATE;
			case "select1" -> Constants.DATATYPE_CHOICE;
			case "select" -> Constants.DATATYPE_CHOICE_LIST;
			case "geopoint" -> Constants.DATATYPE_GEOPOINT;
			case "binary" -> Constants.DATATYPE_BINARY;
			default -> throw new AssertionError("no XForms type " + xformType);
		};
	}

	/**
	 * An answer an inspector could give: a choice offered by the form itself, a point in
	 * Vientiane, a photo's file name, a number and a text within the field's limits.
	 */
	private static IAnswerData validAnswer(FormField field, FormEntryPrompt prompt, int row) {
		FieldConstraints limits = field.constraints();
		return switch (prompt.getDataType()) {
			case Constants.DATATYPE_CHOICE -> {
				List<SelectChoice> choices = prompt.getSelectChoices();
				yield new SelectOneData(new Selection(choices.get(choices.size() - 1)));
			}
			case Constants.DATATYPE_CHOICE_LIST ->
				new SelectMultiData(prompt.getSelectChoices().stream().limit(2).map(Selection::new).toList());
			case Constants.DATATYPE_GEOPOINT -> new GeoPointData(VIENTIANE);
			case Constants.DATATYPE_BINARY -> new StringData("shopfront.jpg");
			case Constants.DATATYPE_INTEGER -> new IntegerData(between(limits, new BigDecimal("3")).intValue());
			case Constants.DATATYPE_DECIMAL -> new DecimalData(between(limits, new BigDecimal("20.5")).doubleValue());
			case Constants.DATATYPE_DATE -> new DateData(new Date());
			case Constants.DATATYPE_TEXT -> {
				String text = ("licenceNumber".equals(field.key()) ? "ICT-2026-0042"
						: "ກວດແລ້ວ ok " + field.key() + " " + row);
				yield new StringData((limits.maxLength() != null && text.length() > limits.maxLength())
						? text.substring(0, limits.maxLength()) : text);
			}
			default -> throw new AssertionError(field.key() + ": no answer for data type " + prompt.getDataType());
		};
	}

	private static BigDecimal between(FieldConstraints limits, BigDecimal preferred) {
		BigDecimal value = preferred;
		if (limits.min() != null && value.compareTo(limits.min()) < 0) {
			value = limits.min();
		}
		if (limits.max() != null && value.compareTo(limits.max()) > 0) {
			value = limits.max();
		}
		return value;
	}

	/** An answer just past one of the field's limits, if it has any. */
	private static Optional<IAnswerData> outsideLimits(FormField field, FormEntryPrompt prompt) {
		FieldConstraints limits = field.constraints();
		return switch (prompt.getDataType()) {
			case Constants.DATATYPE_GEOPOINT -> Optional.of(new GeoPointData(BANGKOK));
			case Constants.DATATYPE_TEXT ->
				Optional.ofNullable(limits.maxLength()).map((max) -> new StringData("ກ".repeat(max + 1)));
			case Constants.DATATYPE_INTEGER ->
				Optional.ofNullable(limits.max()).map((max) -> new IntegerData(max.intValue() + 1));
			case Constants.DATATYPE_DECIMAL -> Optional.ofNullable(limits.min())
				.map((min) -> new DecimalData(min.subtract(new BigDecimal("0.001")).doubleValue()));
			default -> Optional.empty();
		};
	}

	/** The element at an instance path such as {@code /data/equipment[2]/model[1]}. */
	private static Element at(Element root, String path) {
		String[] steps = path.substring(1).split("/");
		assertThat(steps[0]).startsWith(root.getLocalName());
		Element at = root;
		for (int i = 1; i < steps.length; i++) {
			String name = steps[i].replaceAll("\\[\\d+]$", "");
			int position = steps[i].endsWith("]")
					? Integer.parseInt(steps[i].substring(steps[i].indexOf('[') + 1, steps[i].length() - 1)) : 1;
			Element found = null;
			int seen = 0;
			for (Node child = at.getFirstChild(); child != null; child = child.getNextSibling()) {
				if (child instanceof Element element && name.equals(element.getLocalName()) && ++seen == position) {
					found = element;
					break;
				}
			}
			assertThat(found).as(path).isNotNull();
			at = found;
		}
		return at;
	}

}
