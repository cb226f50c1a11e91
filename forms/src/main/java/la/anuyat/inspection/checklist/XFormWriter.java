package la.anuyat.inspection.checklist;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import la.anuyat.inspection.SurveyArea;
import la.anuyat.licence.form.FieldConstraints;
import la.anuyat.licence.form.FieldOption;
import la.anuyat.licence.form.FormDefinition;
import la.anuyat.licence.form.FormField;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Writes a checklist's form definition as an ODK XForm (ODK XForms 1.0): the same fields,
 * labels, required flags and limits that the form file gives, so that the checklist has
 * one source whether it is filled in the browser or in ODK Collect.
 * <p>
 * Labels and option names go to {@code itext} in Lao (the default) and English; a
 * {@code dynamiclist} becomes a repeat, a {@code filepicker} an image upload, a text
 * field tagged {@code xformType: geopoint} a geopoint constrained to the survey area, and
 * {@code meta/instanceID} is preloaded with a UUID so that a resend is recognised.
 */
public final class XFormWriter {

	static final String XFORMS = "http://www.w3.org/2002/xforms";

	static final String XHTML = "http://www.w3.org/1999/xhtml";

	static final String JAVAROSA = "http://openrosa.org/javarosa";

	static final String ODK = "http://www.opendatakit.org/xforms";

	/** The custom property that gives a text field an XForms type of its own. */
	public static final String XFORM_TYPE = "xformType";

	/** ODK Collect picks a language by the name in brackets. */
	static final String LAO = "Lao (lo)";

	static final String ENGLISH = "English (en)";

	private static final String ROOT = "/data";

	private final SurveyArea area;

	public XFormWriter(SurveyArea area) {
		this.area = area;
	}

	public String write(FormDefinition form, String version, String titleLo, String titleEn) {
		Document xml = newDocument();
		Element html = xml.createElementNS(XHTML, "h:html");
		html.setAttribute("xmlns", XFORMS);
		html.setAttribute("xmlns:jr", JAVAROSA);
		html.setAttribute("xmlns:odk", ODK);
		xml.appendChild(html);
		Element head = child(html, XHTML, "h:head");
		child(head, XHTML, "h:title").setTextContent(titleEn + " / " + titleLo);
		Element model = child(head, XFORMS, "model");
		model.setAttributeNS(ODK, "odk:xforms-version", "1.0.0");
		Element itext = child(model, XFORMS, "itext");
		Element lao = child(itext, XFORMS, "translation");
		lao.setAttribute("lang", LAO);
		lao.setAttribute("default", "true()");
		Element english = child(itext, XFORMS, "translation");
		english.setAttribute("lang", ENGLISH);
		Element data = child(child(model, XFORMS, "instance"), XFORMS, "data");
		data.setAttribute("id", form.id());
		data.setAttribute("version", version);
		Element body = child(html, XHTML, "h:body");
		Translations texts = new Translations(lao, english);

		List<Bind> binds = new ArrayList<>();
		Element repeat = null;
		Element repeatData = null;
		String repeatKey = null;
		for (FormField field : form.fields()) {
			boolean inRepeat = repeatKey != null && field.key().startsWith(repeatKey + ".");
			if (!inRepeat) {
				repeat = null;
				repeatData = null;
				repeatKey = null;
			}
			String ref = ROOT + "/" + field.key().replace('.', '/');
			Element parentData = inRepeat ? repeatData : data;
			Element parentBody = inRepeat ? repeat : body;
			String name = field.key().substring(field.key().lastIndexOf('.') + 1);
			if ("dynamiclist".equals(field.type())) {
				repeatData = child(parentData, XFORMS, name);
				repeatData.setAttributeNS(JAVAROSA, "jr:template", "");
				Element group = child(parentBody, XFORMS, "group");
				group.setAttribute("ref", ref);
				label(group, ref, field, texts);
				repeat = child(group, XFORMS, "repeat");
				repeat.setAttribute("nodeset", ref);
				repeatKey = field.key();
				continue;
			}
			child(parentData, XFORMS, name);
			control(parentBody, ref, field, texts);
			binds.add(bind(ref, field, texts));
		}
		Element meta = child(data, XFORMS, "meta");
		child(meta, XFORMS, "instanceID");
		child(meta, XFORMS, "deviceID");
		for (Bind bind : binds) {
			Element element = child(model, XFORMS, "bind");
			element.setAttribute("nodeset", bind.ref());
			element.setAttribute("type", bind.type());
			if (bind.required()) {
				element.setAttribute("required", "true()");
			}
			bind.constraint().ifPresent((constraint) -> {
				element.setAttribute("constraint", constraint);
				element.setAttributeNS(JAVAROSA, "jr:constraintMsg", "jr:itext('" + bind.ref() + ":constraintMsg')");
			});
		}
		Element instanceId = child(model, XFORMS, "bind");
		instanceId.setAttribute("nodeset", ROOT + "/meta/instanceID");
		instanceId.setAttribute("type", "string");
		instanceId.setAttribute("readonly", "true()");
		instanceId.setAttributeNS(JAVAROSA, "jr:preload", "uid");
		Element deviceId = child(model, XFORMS, "bind");
		deviceId.setAttribute("nodeset", ROOT + "/meta/deviceID");
		deviceId.setAttribute("type", "string");
		deviceId.setAttribute("readonly", "true()");
		deviceId.setAttributeNS(JAVAROSA, "jr:preload", "property");
		deviceId.setAttributeNS(JAVAROSA, "jr:preloadParams", "deviceid");
		return serialise(xml);
	}

	private void control(Element body, String ref, FormField field, Translations texts) {
		String kind = controlOf(field);
		Element control = child(body, XFORMS, kind);
		control.setAttribute("ref", ref);
		if ("textarea".equals(field.type())) {
			control.setAttribute("appearance", "multiline");
		}
		if ("upload".equals(kind)) {
			control.setAttribute("mediatype", field.property("accept").orElse("image/*"));
		}
		label(control, ref, field, texts);
		for (FieldOption option : optionsOf(field)) {
			Element item = child(control, XFORMS, "item");
			String id = ref + "/" + option.value() + ":label";
			texts.add(id, option.labelLo(), option.labelEn());
			child(item, XFORMS, "label").setAttribute("ref", "jr:itext('" + id + "')");
			child(item, XFORMS, "value").setTextContent(option.value());
		}
	}

	private static void label(Element control, String ref, FormField field, Translations texts) {
		texts.add(ref + ":label", field.labelLo(), field.labelEn());
		child(control, XFORMS, "label").setAttribute("ref", "jr:itext('" + ref + ":label')");
	}

	private Bind bind(String ref, FormField field, Translations texts) {
		String type = typeOf(field);
		List<String> rules = new ArrayList<>();
		List<String> lo = new ArrayList<>();
		List<String> en = new ArrayList<>();
		FieldConstraints limits = field.constraints();
		if ("string".equals(type)) {
			if (limits.minLength() != null) {
				rules.add("string-length(.) >= " + limits.minLength());
				lo.add("ຢ່າງໜ້ອຍ " + limits.minLength() + " ຕົວອັກສອນ");
				en.add("at least " + limits.minLength() + " characters");
			}
			if (limits.maxLength() != null) {
				rules.add("string-length(.) <= " + limits.maxLength());
				lo.add("ບໍ່ເກີນ " + limits.maxLength() + " ຕົວອັກສອນ");
				en.add("at most " + limits.maxLength() + " characters");
			}
			if (limits.pattern() != null) {
				String quote = limits.pattern().contains("'") ? "\"" : "'";
				rules.add("regex(., " + quote + limits.pattern() + quote + ")");
				lo.add("ຮູບແບບ " + Optional.ofNullable(limits.patternExample()).orElse(limits.pattern()));
				en.add("in the form " + Optional.ofNullable(limits.patternExample()).orElse(limits.pattern()));
			}
		}
		if (limits.min() != null) {
			rules.add(". >= " + plain(limits.min()));
			lo.add("ບໍ່ຕ່ຳກວ່າ " + plain(limits.min()));
			en.add("at least " + plain(limits.min()));
		}
		if (limits.max() != null) {
			rules.add(". <= " + plain(limits.max()));
			lo.add("ບໍ່ເກີນ " + plain(limits.max()));
			en.add("at most " + plain(limits.max()));
		}
		if ("geopoint".equals(type)) {
			rules.add("selected-at(., 0) >= " + this.area.minLatitude() + " and selected-at(., 0) <= "
					+ this.area.maxLatitude() + " and selected-at(., 1) >= " + this.area.minLongitude()
					+ " and selected-at(., 1) <= " + this.area.maxLongitude());
			lo.add("ຢູ່ໃນ ສປປ ລາວ");
			en.add("inside Laos");
		}
		if (rules.isEmpty()) {
			return new Bind(ref, type, field.required(), Optional.empty());
		}
		texts.add(ref + ":constraintMsg", field.labelLo() + ": " + String.join(", ", lo),
				field.labelEn() + ": " + String.join(", ", en));
		return new Bind(ref, type, field.required(), Optional.of(String.join(" and ", rules)));
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

	static String typeOf(FormField field) {
		if ("geopoint".equals(field.property(XFORM_TYPE).orElse(""))) {
			return "geopoint";
		}
		return switch (field.type()) {
			case "number" -> (field.constraints().decimalDigits() != null && field.constraints().decimalDigits() == 0)
					? "int" : "decimal";
			case "datetime" -> "date";
			case "select", "radio", "checkbox" -> "select1";
			case "checklist", "taglist" -> "select";
			case "filepicker" -> "binary";
			default -> "string";
		};
	}

	private static String controlOf(FormField field) {
		return switch (typeOf(field)) {
			case "select1" -> "select1";
			case "select" -> "select";
			case "binary" -> "upload";
			default -> "input";
		};
	}

	/** A checkbox is a yes or no question on a phone. */
	private static List<FieldOption> optionsOf(FormField field) {
		if ("checkbox".equals(field.type())) {
			return List.of(new FieldOption("yes", "ແມ່ນ", "Yes"), new FieldOption("no", "ບໍ່", "No"));
		}
		return field.options();
	}

	private static Element child(Element parent, String namespace, String name) {
		Element element = parent.getOwnerDocument().createElementNS(namespace, name);
		parent.appendChild(element);
		return element;
	}

	private static Document newDocument() {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			return factory.newDocumentBuilder().newDocument();
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String serialise(Document xml) {
		try {
			TransformerFactory factory = TransformerFactory.newInstance();
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
			var transformer = factory.newTransformer();
			transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
			transformer.setOutputProperty(OutputKeys.INDENT, "yes");
			transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
			StringWriter out = new StringWriter();
			transformer.transform(new DOMSource(xml), new StreamResult(out));
			return out.toString();
		}
		catch (TransformerException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Bind(String ref, String type, boolean required, Optional<String> constraint) {
	}

	/** The itext of both languages, written side by side so that neither lacks a text. */
	private record Translations(Element lao, Element english) {

		void add(String id, String lo, String en) {
			text(this.lao, id, lo);
			text(this.english, id, en);
		}

		private static void text(Element translation, String id, String value) {
			Element text = child(translation, XFORMS, "text");
			text.setAttribute("id", id);
			child(text, XFORMS, "value").setTextContent(value);
		}

	}

}
