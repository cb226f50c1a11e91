package la.anuyat.inspection.checklist;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import la.anuyat.inspection.FieldSubmission;
import la.anuyat.inspection.InspectionType;
import la.anuyat.inspection.SurveyArea;
import la.anuyat.licence.form.FormField;
import la.anuyat.shared.ConflictException;
import la.anuyat.shared.InvalidInputException;
import la.anuyat.shared.NotFoundException;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import org.springframework.core.io.DefaultResourceLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The checklists as data and the ODK XForms generated from them, checked against the ODK
 * XForms 1.0 rules by XPath: the parts ODK Collect needs, every reference resolving, both
 * languages complete, and a filled instance read back as the server reads submissions.
 * {@link XFormsInOdkEngineTest} runs the same XForms in ODK's own engine.
 */
class InspectionChecklistsTest {

	static final SurveyArea LAOS = new SurveyArea(13.90, 22.51, 100.08, 107.70);

	final InspectionChecklists checklists = new InspectionChecklists(new DefaultResourceLoader(), LAOS);

	@Test
	void servesOneChecklistPerInspectionTypeInLaoAndEnglish() {
		assertThat(this.checklists.checklists()).extracting(Checklist::type).containsExactly(InspectionType.values());
		for (Checklist checklist : this.checklists.checklists()) {
			assertThat(checklist.formId()).isEqualTo("inspection-" + checklist.type().code());
			assertThat(checklist.title().lo()).matches(".*[\\u0E80-\\u0EFF].*");
			assertThat(checklist.title().en()).isNotBlank();
			List<String> keys = checklist.form().fields().stream().map(FormField::key).toList();
			assertThat(keys).as(checklist.formId())
				.contains("licenceDisplayed", "licenceValid", "findings", "position", "photo1");
			for (FormField field : checklist.form().fields()) {
				assertThat(field.labelLo()).as(field.key()).matches(".*[\\u0E80-\\u0EFF].*");
				assertThat(field.labelEn()).as(field.key()).isNotBlank();
			}
		}
		assertThat(keysOf(InspectionType.ICT_SHOP)).contains("pricesDisplayed", "equipment", "equipment.model",
				"equipment.manufacturer");
		assertThat(keysOf(InspectionType.SIM_DEALER)).contains("simRegistration");
		assertThat(keysOf(InspectionType.FREQUENCY_USE)).contains("measuredFrequencyMhz", "measuredPowerDbm");
	}

	@Test
	void writesEachChecklistAsAnOdkXFormWhoseReferencesAllResolve() throws Exception {
		for (Checklist checklist : this.checklists.checklists()) {
			Document xform = parse(checklist.xform());
			String id = checklist.formId();
			assertThat(xform.getDocumentElement().getLocalName()).isEqualTo("html");
			assertThat(xform.getDocumentElement().getNamespaceURI()).isEqualTo(XFormWriter.XHTML);
			assertThat(string(xform, "/h:html/h:head/h:title")).contains(checklist.title().en());
			assertThat(string(xform, "/h:html/h:head/x:model/x:instance/x:data/@id")).isEqualTo(id);
			assertThat(string(xform, "/h:html/h:head/x:model/x:instance/x:data/@version"))
				.isEqualTo(checklist.version());
			assertThat(string(xform, "//x:bind[@nodeset='/data/meta/instanceID']/@jr:preload")).isEqualTo("uid");
			assertThat(string(xform, "//x:bind[@nodeset='/data/meta/instanceID']/@readonly")).isEqualTo("true()");
			assertThat(checklist.md5()).matches("md5:[0-9a-f]{32}");

			// both languages, the same text ids, Lao first and the default
			List<String> lao = strings(xform, "//x:translation[@lang='Lao (lo)' and @default='true()']/x:text/@id");
			List<String> english = strings(xform, "//x:translation[@lang='English (en)']/x:text/@id");
			assertThat(lao).isNotEmpty().containsExactlyElementsOf(english);

			// every control points at an instance node with a bind, every label at a text
			Set<String> binds = new HashSet<>(strings(xform, "//x:bind/@nodeset"));
			for (String ref : strings(xform, "/h:html/h:body//*[not(self::x:group)]/@ref")) {
				if (!ref.startsWith("jr:itext")) {
					assertThat(binds).as(id + " bind of " + ref).contains(ref);
					assertThat(nodes(xform, "/h:html/h:head/x:model/x:instance" + ref.replace("/", "/x:")))
						.as(id + " instance node of " + ref)
						.isNotEmpty();
				}
			}
			for (String label : strings(xform, "//@ref[starts-with(., 'jr:itext(')]")) {
				String textId = label.substring("jr:itext('".length(), label.length() - 2);
				assertThat(lao).as(id + " text " + textId).contains(textId);
			}
			for (String bind : binds) {
				assertThat(nodes(xform, "/h:html/h:head/x:model/x:instance" + bind.replace("/", "/x:")))
					.as(id + " instance node of bind " + bind)
					.isNotEmpty();
			}
			assertThat(string(xform, "//x:bind[@nodeset='/data/position']/@type")).isEqualTo("geopoint");
			assertThat(string(xform, "//x:bind[@nodeset='/data/position']/@required")).isEqualTo("true()");
			assertThat(string(xform, "//x:bind[@nodeset='/data/position']/@constraint"))
				.contains("selected-at(., 0) >= 13.9", "selected-at(., 1) <= 107.7");
			assertThat(string(xform, "//x:bind[@nodeset='/data/photo1']/@type")).isEqualTo("binary");
			assertThat(string(xform, "//x:upload[@ref='/data/photo1']/@mediatype")).isEqualTo("image/*");
			assertThat(string(xform, "//x:bind[@nodeset='/data/licenceDisplayed']/@type")).isEqualTo("select1");
			assertThat(strings(xform, "//x:select1[@ref='/data/licenceDisplayed']/x:item/x:value"))
				.containsExactly("yes", "no");
		}
	}

	@Test
	void repeatsTheEquipmentFoundAndLimitsMeasurements() throws Exception {
		Document shop = parse(checklist(InspectionType.ICT_SHOP).xform());
		assertThat(string(shop, "//x:group[@ref='/data/equipment']/x:repeat/@nodeset")).isEqualTo("/data/equipment");
		assertThat(strings(shop, "//x:repeat[@nodeset='/data/equipment']/x:input/@ref"))
			.contains("/data/equipment/manufacturer", "/data/equipment/model");
		assertThat(string(shop, "//x:instance/x:data/x:equipment/@jr:template")).isEmpty();
		assertThat(nodes(shop, "//x:instance/x:data/x:equipment/@jr:template")).hasSize(1);
		assertThat(string(shop, "//x:bind[@nodeset='/data/equipment/quantity']/@type")).isEqualTo("int");

		Document frequency = parse(checklist(InspectionType.FREQUENCY_USE).xform());
		assertThat(string(frequency, "//x:bind[@nodeset='/data/measuredPowerDbm']/@type")).isEqualTo("decimal");
		assertThat(string(frequency, "//x:bind[@nodeset='/data/measuredPowerDbm']/@constraint"))
			.isEqualTo(". >= -150 and . <= 90");
		assertThat(string(frequency,
				"//x:translation[@lang='English (en)']/x:text[@id='/data/measuredPowerDbm:constraintMsg']/x:value"))
			.isEqualTo("Measured power (dBm): at least -150, at most 90");
	}

	@Test
	void readsBackAFilledInstanceAsTheDeviceSerialisesIt() throws Exception {
		for (Checklist checklist : this.checklists.checklists()) {
			byte[] submission = fill(checklist, "uuid:" + checklist.type().code() + "-1", "17.9667 102.6000 170 5");
			FieldSubmission read = this.checklists.readSubmission(submission);
			assertThat(read.formId()).isEqualTo(checklist.formId());
			assertThat(read.formVersion()).isEqualTo(checklist.version());
			assertThat(read.instanceId()).isEqualTo("uuid:" + checklist.type().code() + "-1");
			assertThat(read.position().latitude()).isEqualTo(17.9667);
			assertThat(read.position().longitude()).isEqualTo(102.6);
			assertThat(read.position().accuracy()).isEqualTo(5.0);
			assertThat(read.mediaNames()).containsExactly("shopfront.jpg");
		}
	}

	@Test
	void refusesASubmissionOfAnUnknownFormOrVersionOrThatIsNotXml() throws Exception {
		Checklist shop = checklist(InspectionType.ICT_SHOP);
		String filled = new String(fill(shop, "uuid:x-1", "17.9 102.6 0 0"), StandardCharsets.UTF_8);
		assertThatThrownBy(() -> this.checklists
			.readSubmission(filled.replace("id=\"inspection-ict-shop\"", "id=\"inspection-casino\"")
				.getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(NotFoundException.class)
			.hasMessageContaining("inspection-casino");
		assertThatThrownBy(() -> this.checklists.readSubmission(
				filled.replace("version=\"" + shop.version() + "\"", "version=\"1\"").getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> this.checklists.readSubmission("<data id=".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("well-formed");
		String entity = "<?xml version=\"1.0\"?><!DOCTYPE data [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
				+ "<data id=\"inspection-ict-shop\">&x;</data>";
		assertThatThrownBy(() -> this.checklists.readSubmission(entity.getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(
				() -> this.checklists.readSubmission(filled.replace("uuid:x-1", "").getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("instanceID");
	}

	@Test
	void refusesASubmissionWithoutARequiredAnswerOrWithAnAnswerNotOffered() throws Exception {
		Checklist sim = checklist(InspectionType.SIM_DEALER);
		String filled = new String(fill(sim, "uuid:s-1", "17.9 102.6 0 0"), StandardCharsets.UTF_8);
		assertThatThrownBy(() -> this.checklists
			.readSubmission(filled.replace("<simRegistration>complete</simRegistration>", "<simRegistration/>")
				.getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("SIM registration practice");
		assertThatThrownBy(() -> this.checklists.readSubmission(filled
			.replace("<simRegistration>complete</simRegistration>", "<simRegistration>sometimes</simRegistration>")
			.getBytes(StandardCharsets.UTF_8))).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("sometimes");
	}

	/**
	 * Fills the XForm's primary instance as ODK Collect does: the template copied once
	 * for a repeat, every answer written, the instance serialised on its own.
	 */
	static byte[] fill(Checklist checklist, String instanceId, String position) throws Exception {
		Document xform = parse(checklist.xform());
		Element data = (Element) nodes(xform, "/h:html/h:head/x:model/x:instance/x:data").get(0);
		Document instance = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder().newDocument();
		Element root = (Element) instance.importNode(data, true);
		instance.appendChild(root);
		NodeList all = root.getElementsByTagNameNS("*", "*");
		List<Element> leaves = new ArrayList<>();
		for (int i = 0; i < all.getLength(); i++) {
			Element element = (Element) all.item(i);
			element.removeAttributeNS(XFormWriter.JAVAROSA, "template");
			if (element.getElementsByTagNameNS("*", "*").getLength() == 0) {
				leaves.add(element);
			}
		}
		for (Element leaf : leaves) {
			String path = pathOf(leaf);
			String answer = switch (path) {
				case "meta/instanceID" -> instanceId;
				case "meta/deviceID" -> "collect:test-device";
				case "position" -> position;
				case "photo1" -> "shopfront.jpg";
				case "photo2" -> "";
				default -> answerFor(checklist, path.replace('/', '.'));
			};
			leaf.setTextContent(answer);
		}
		StringWriter out = new StringWriter();
		TransformerFactory.newInstance().newTransformer().transform(new DOMSource(instance), new StreamResult(out));
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static String answerFor(Checklist checklist, String key) {
		FormField field = checklist.form().field(key).orElseThrow(() -> new AssertionError("no field " + key));
		if (!field.options().isEmpty()) {
			return field.options().get(0).value();
		}
		return switch (XFormWriter.typeOf(field)) {
			case "int" -> "3";
			case "decimal" -> "20.5";
			default -> "ກວດແລ້ວ ok";
		};
	}

	private static String pathOf(Element leaf) {
		List<String> names = new ArrayList<>();
		for (Node at = leaf; at.getParentNode() instanceof Element parent; at = parent) {
			names.add(0, at.getLocalName());
		}
		return String.join("/", names);
	}

	private Checklist checklist(InspectionType type) {
		return this.checklists.checklist(type.formId()).orElseThrow();
	}

	private List<String> keysOf(InspectionType type) {
		return checklist(type).form().fields().stream().map(FormField::key).toList();
	}

	static Document parse(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
	}

	private static XPath xpath() {
		XPath xpath = XPathFactory.newInstance().newXPath();
		xpath.setNamespaceContext(new NamespaceContext() {
			@Override
			public String getNamespaceURI(String prefix) {
				return switch (prefix) {
					case "h" -> XFormWriter.XHTML;
					case "x" -> XFormWriter.XFORMS;
					case "jr" -> XFormWriter.JAVAROSA;
					default -> null;
				};
			}

			@Override
			public String getPrefix(String uri) {
				return null;
			}

			@Override
			public Iterator<String> getPrefixes(String uri) {
				return null;
			}
		});
		return xpath;
	}

	static String string(Document xml, String expression) throws Exception {
		return xpath().evaluate(expression, xml);
	}

	static List<Node> nodes(Document xml, String expression) throws Exception {
		NodeList list = (NodeList) xpath().evaluate(expression, xml, XPathConstants.NODESET);
		List<Node> nodes = new ArrayList<>();
		for (int i = 0; i < list.getLength(); i++) {
			nodes.add(list.item(i));
		}
		return nodes;
	}

	static List<String> strings(Document xml, String expression) throws Exception {
		return nodes(xml, expression).stream().map(Node::getTextContent).toList();
	}

}
