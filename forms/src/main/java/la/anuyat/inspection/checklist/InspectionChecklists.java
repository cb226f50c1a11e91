package la.anuyat.inspection.checklist;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import com.fasterxml.jackson.databind.JsonNode;

import la.anuyat.inspection.FieldSubmission;
import la.anuyat.inspection.Geopoint;
import la.anuyat.inspection.InspectionType;
import la.anuyat.inspection.SurveyArea;
import la.anuyat.licence.form.FieldOption;
import la.anuyat.licence.form.FormDefinition;
import la.anuyat.licence.form.FormField;
import la.anuyat.licence.form.FormFiles;
import la.anuyat.shared.ConflictException;
import la.anuyat.shared.InvalidInputException;
import la.anuyat.shared.LocalizedText;
import la.anuyat.shared.NotFoundException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternUtils;
import org.springframework.stereotype.Component;

/**
 * The inspection checklists: every {@code classpath*:checklists/*.form} file, one per
 * inspection type, each served as an ODK XForm generated from the same file. Read when
 * the application starts, so that a checklist broken by an edit, or an inspection type
 * without one, stops the start-up instead of an inspector in the field.
 */
@Component
public class InspectionChecklists {

	/**
	 * The custom property of a check naming the answers that are a violation
	 * (comma-separated), e.g. {@code no}.
	 */
	public static final String VIOLATION_IF = "violationIf";

	static final String CHECKLISTS = "classpath*:checklists/*.form";

	private final Map<String, Checklist> byFormId;

	public InspectionChecklists(ResourceLoader resourceLoader, SurveyArea area) {
		Map<String, FormDefinition> forms = FormFiles
			.fieldForms(ResourcePatternUtils.getResourcePatternResolver(resourceLoader), CHECKLISTS);
		XFormWriter writer = new XFormWriter(area);
		Map<String, Checklist> checklists = new LinkedHashMap<>();
		for (InspectionType type : InspectionType.values()) {
			FormDefinition form = forms.get(type.formId());
			if (form == null) {
				throw new IllegalStateException(
						"No " + CHECKLISTS + " file has the id " + type.formId() + ", the checklist of " + type);
			}
			JsonNode schema = form.schema();
			String version = schema.path("versionTag").asText("");
			if (!version.matches("[0-9A-Za-z._-]{1,50}")) {
				throw new IllegalStateException(
						"Checklist " + form.id() + " needs a versionTag (letters, digits, . _ -)");
			}
			LocalizedText title = LocalizedText.of(schema.path("properties").path("label.lo").asText(form.id()),
					schema.path("properties").path("label.en").asText(form.id()));
			String xform = writer.write(form, version, title.lo(), title.en());
			checklists.put(form.id(), new Checklist(type, form, version, title, xform, "md5:" + md5(xform)));
		}
		for (String id : forms.keySet()) {
			if (!checklists.containsKey(id)) {
				throw new IllegalStateException("Checklist " + id + " serves no inspection type");
			}
		}
		this.byFormId = Map.copyOf(checklists);
	}

	public Collection<Checklist> checklists() {
		return Arrays.stream(InspectionType.values()).map((type) -> this.byFormId.get(type.formId())).toList();
	}

	public Optional<Checklist> checklist(String formId) {
		return Optional.ofNullable(this.byFormId.get(formId));
	}

	/**
	 * Reads a submission's XForms instance: which checklist and version it fills, its
	 * instance id, position and photos.
	 * @throws InvalidInputException {@code fieldReport.malformed} when it is not such an
	 * instance
	 * @throws NotFoundException {@code fieldReport.unknownForm} for a form not served
	 * @throws ConflictException {@code fieldReport.unknownVersion} for another version of
	 * a served form
	 */
	public FieldSubmission readSubmission(byte[] xml) {
		Element root = parse(xml).getDocumentElement();
		String formId = root.getAttribute("id");
		Checklist checklist = checklist(formId).orElseThrow(() -> new NotFoundException("fieldReport.unknownForm",
				LocalizedText.of("ບໍ່ມີແບບຟອມ \"" + formId + "\"", "There is no form \"" + formId + "\"")));
		String version = root.getAttribute("version");
		if (!checklist.version().equals(version)) {
			throw new ConflictException("fieldReport.unknownVersion",
					LocalizedText.of(
							"ແບບຟອມ " + formId + " ສະບັບ \"" + version + "\" ບໍ່ໃຊ້ແລ້ວ; ກະລຸນາດາວໂຫຼດສະບັບ "
									+ checklist.version(),
							"Version \"" + version + "\" of the form " + formId + " is not served; download version "
									+ checklist.version()));
		}
		String instanceId = text(root, "meta/instanceID").filter((id) -> id.matches("[\\w:.-]{1,100}"))
			.orElseThrow(() -> malformed("ບໍ່ມີ meta/instanceID ທີ່ຖືກຕ້ອງ", "it has no valid meta/instanceID"));
		String deviceId = text(root, "meta/deviceID").orElse(null);
		Geopoint position = null;
		List<String> media = new ArrayList<>();
		List<String> repeats = checklist.form()
			.fields()
			.stream()
			.filter((field) -> "dynamiclist".equals(field.type()))
			.map((field) -> field.key() + ".")
			.toList();
		for (FormField field : checklist.form().fields()) {
			String type = XFormWriter.typeOf(field);
			if (!"dynamiclist".equals(field.type()) && repeats.stream().noneMatch(field.key()::startsWith)) {
				checkAnswer(field, type, text(root, field.key().replace('.', '/')));
			}
			if ("geopoint".equals(type) && position == null) {
				Optional<String> answer = text(root, field.key().replace('.', '/'));
				if (answer.isPresent()) {
					position = Geopoint.parse(answer.get());
				}
			}
			else if ("binary".equals(type)) {
				text(root, field.key().replace('.', '/')).ifPresent(media::add);
			}
		}
		return new FieldSubmission(formId, version, instanceId, deviceId, position, xml.clone(), media,
				text(root, "licenceNumber").orElse(null), text(root, "assignmentReference").orElse(null));
	}

	/**
	 * The XForms instance of a checklist filled in the browser, as ODK Collect would send
	 * it: the answers under their keys in the checklist's order, each repeat's rows, and
	 * {@code meta/instanceID}. It is then read as any submission (
	 * {@link #readSubmission}), so the browser and the devices are held to the same
	 * checks.
	 * @param answers the answers by field key (blank answers are left out)
	 * @param repeats the rows of each repeat by its key, each row's answers by the
	 * sub-field's own name (e.g. {@code model})
	 */
	public byte[] instanceOf(String formId, String instanceId, Map<String, String> answers,
			Map<String, List<Map<String, String>>> repeats) {
		Checklist checklist = checklist(formId).orElseThrow(() -> new NotFoundException("fieldReport.unknownForm",
				LocalizedText.of("ບໍ່ມີແບບຟອມ \"" + formId + "\"", "There is no form \"" + formId + "\"")));
		Document xml;
		try {
			xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException(ex);
		}
		Element data = xml.createElement("data");
		data.setAttribute("id", formId);
		data.setAttribute("version", checklist.version());
		xml.appendChild(data);
		List<String> repeatKeys = new ArrayList<>();
		for (FormField field : checklist.form().fields()) {
			if ("dynamiclist".equals(field.type())) {
				repeatKeys.add(field.key());
				List<FormField> columns = checklist.form()
					.fields()
					.stream()
					.filter((column) -> column.key().startsWith(field.key() + "."))
					.toList();
				for (Map<String, String> row : repeats.getOrDefault(field.key(), List.of())) {
					Element item = xml.createElement(field.key());
					for (FormField column : columns) {
						String name = column.key().substring(field.key().length() + 1);
						Element cell = xml.createElement(name);
						String value = row.get(name);
						if (value != null && !value.isBlank()) {
							cell.setTextContent(value.strip());
						}
						item.appendChild(cell);
					}
					data.appendChild(item);
				}
				continue;
			}
			if (repeatKeys.stream().anyMatch((key) -> field.key().startsWith(key + "."))) {
				continue;
			}
			Element element = xml.createElement(field.key());
			String value = answers.get(field.key());
			if (value != null && !value.isBlank()) {
				element.setTextContent(value.strip());
			}
			data.appendChild(element);
		}
		Element meta = xml.createElement("meta");
		Element instance = xml.createElement("instanceID");
		instance.setTextContent(instanceId);
		meta.appendChild(instance);
		data.appendChild(meta);
		try {
			TransformerFactory factory = TransformerFactory.newInstance();
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
			Transformer transformer = factory.newTransformer();
			transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			transformer.transform(new DOMSource(xml), new StreamResult(out));
			return out.toByteArray();
		}
		catch (TransformerException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * What a stored submission found: the checks answered as the checklist marks a
	 * violation ({@code violationIf}: the answers, comma-separated), the equipment listed
	 * in its repeat, the licence number and the free-text findings.
	 */
	public ChecklistFindings findingsOf(byte[] xml) {
		Element root = parse(xml).getDocumentElement();
		String formId = root.getAttribute("id");
		Checklist checklist = checklist(formId).orElseThrow(() -> new NotFoundException("fieldReport.unknownForm",
				LocalizedText.of("ບໍ່ມີແບບຟອມ \"" + formId + "\"", "There is no form \"" + formId + "\"")));
		List<LocalizedText> failed = new ArrayList<>();
		List<ChecklistFindings.EquipmentFound> equipment = new ArrayList<>();
		List<ChecklistFindings.Answer> answers = new ArrayList<>();
		for (FormField field : checklist.form().fields()) {
			String type = XFormWriter.typeOf(field);
			boolean printed = !field.key().contains(".") && !"dynamiclist".equals(field.type())
					&& !"binary".equals(type) && !"geopoint".equals(type);
			if (printed) {
				text(root, field.key()).ifPresent((value) -> answers.add(new ChecklistFindings.Answer(field.label(),
						field.option(value).map(FieldOption::label).orElse(LocalizedText.of(value, value)))));
			}
			Optional<String> violationIf = field.property(VIOLATION_IF);
			if (violationIf.isPresent()) {
				Optional<String> answer = text(root, field.key());
				List<String> violating = List.of(violationIf.get().split("\\s*,\\s*"));
				if (answer.isPresent() && violating.contains(answer.get())) {
					LocalizedText given = field.option(answer.get())
						.map(FieldOption::label)
						.orElse(LocalizedText.of(answer.get(), answer.get()));
					failed.add(
							LocalizedText.of(field.labelLo() + ": " + given.lo(), field.labelEn() + ": " + given.en()));
				}
			}
			if ("dynamiclist".equals(field.type()) && "equipment".equals(field.key())) {
				for (Element item : childrenNamed(root, field.key())) {
					Optional<String> model = text(item, "model");
					if (model.isPresent()) {
						equipment.add(new ChecklistFindings.EquipmentFound(text(item, "manufacturer").orElse(null),
								model.get(),
								text(item, "quantity").filter((n) -> n.matches("\\d{1,9}"))
									.map(Integer::valueOf)
									.orElse(null)));
					}
				}
			}
		}
		return new ChecklistFindings(formId, text(root, "licenceNumber").orElse(null), failed, equipment,
				text(root, "findings").orElse(null), answers);
	}

	private static List<Element> childrenNamed(Element parent, String name) {
		List<Element> found = new ArrayList<>();
		NodeList children = parent.getChildNodes();
		for (int i = 0; i < children.getLength(); i++) {
			if (children.item(i) instanceof Element element && name.equals(element.getLocalName())) {
				found.add(element);
			}
		}
		return found;
	}

	/**
	 * The device's form engine enforces the checklist; the server checks again what a
	 * report is judged by (a required answer, a choice among the options, a number), as a
	 * submission may come from any client.
	 */
	private static void checkAnswer(FormField field, String type, Optional<String> answer) {
		if (answer.isEmpty()) {
			if (field.required()) {
				throw new InvalidInputException("fieldReport.missingAnswer", LocalizedText
					.of("ບໍ່ໄດ້ຕອບ \"" + field.labelLo() + "\"", "\"" + field.labelEn() + "\" is not answered"));
			}
			return;
		}
		String value = answer.get();
		boolean valid = switch (type) {
			case "select1" -> field.options().isEmpty() || field.option(value).isPresent()
					|| ("checkbox".equals(field.type()) && ("yes".equals(value) || "no".equals(value)));
			case "select" -> field.options().isEmpty()
					|| java.util.Arrays.stream(value.split("\\s+")).allMatch((one) -> field.option(one).isPresent());
			case "int" -> value.matches("-?\\d{1,18}");
			case "decimal" -> value.matches("-?\\d{1,18}(\\.\\d+)?");
			default -> true;
		};
		if (!valid) {
			throw new InvalidInputException("fieldReport.invalidAnswer",
					LocalizedText.of("ຄຳຕອບ \"" + value + "\" ຂອງ \"" + field.labelLo() + "\" ບໍ່ຖືກຕ້ອງ",
							"The answer \"" + value + "\" to \"" + field.labelEn() + "\" is not valid"));
		}
	}

	private static Optional<String> text(Element root, String path) {
		Element at = root;
		for (String name : path.split("/")) {
			at = childNamed(at, name);
			if (at == null) {
				return Optional.empty();
			}
		}
		return Optional.of(at.getTextContent().strip()).filter((value) -> !value.isEmpty());
	}

	private static Element childNamed(Element parent, String name) {
		NodeList children = parent.getChildNodes();
		for (int i = 0; i < children.getLength(); i++) {
			Node node = children.item(i);
			if (node instanceof Element element && name.equals(element.getLocalName())) {
				return element;
			}
		}
		return null;
	}

	private static Document parse(byte[] xml) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			// a submission comes from outside: no DTDs, no external entities
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(null);
			return builder.parse(new ByteArrayInputStream(xml));
		}
		catch (SAXException | IOException ex) {
			throw malformed("ບໍ່ແມ່ນ XML ທີ່ຖືກຕ້ອງ", "it is not well-formed XML");
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static InvalidInputException malformed(String lo, String en) {
		return new InvalidInputException("fieldReport.malformed",
				LocalizedText.of("ລາຍງານທີ່ສົ່ງມາໃຊ້ບໍ່ໄດ້: " + lo, "The submission cannot be read: " + en));
	}

	private static String md5(String xform) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("MD5").digest(xform.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has MD5", ex);
		}
	}

}
