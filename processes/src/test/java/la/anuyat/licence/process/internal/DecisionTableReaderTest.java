package la.anuyat.licence.process.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import la.anuyat.licence.process.CatalogueOverview.DecisionRule;
import la.anuyat.licence.process.CatalogueOverview.DecisionTable;
import la.anuyat.shared.LocalizedText;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DecisionTableReaderTest {

	private static final String DMN = """
			<?xml version="1.0" encoding="UTF-8"?>
			<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="definitions_fees" name="Fees"
			    namespace="https://anuyat.la/dmn">
			  <decision id="applicationFee" name="Application fee">
			    <description>ຄ່າທຳນຽມຄຳຮ້ອງ / The fee of an application, in kip</description>
			    <decisionTable id="decisionTable_applicationFee" hitPolicy="FIRST">
			      <input id="input_type" label="Licence type">
			        <inputExpression id="inputExpression_type" typeRef="string"><text>licenceType</text></inputExpression>
			      </input>
			      <input id="input_kind">
			        <inputExpression id="inputExpression_kind" typeRef="string"><text>kind</text></inputExpression>
			      </input>
			      <output id="output_fee" label="Fee (kip)" name="fee" typeRef="integer" />
			      <output id="output_reference" name="reference" typeRef="string" />
			      <rule id="rule_isp">
			        <description>ISP ປະເພດ 1 / ISP type 1: the national fee</description>
			        <inputEntry id="ie1"><text>"ICT-ISP1"</text></inputEntry>
			        <inputEntry id="ie2"><text></text></inputEntry>
			        <outputEntry id="oe1"><text>5000000</text></outputEntry>
			        <outputEntry id="oe2"><text>"N"</text></outputEntry>
			      </rule>
			      <rule id="rule_default">
			        <inputEntry id="ie3"><text></text></inputEntry>
			        <inputEntry id="ie4"><text>"renewal"</text></inputEntry>
			        <outputEntry id="oe3"><text>500000</text></outputEntry>
			        <outputEntry id="oe4"><text>"P"</text></outputEntry>
			      </rule>
			    </decisionTable>
			  </decision>
			  <decision id="greeting" name="Greeting">
			    <literalExpression id="literal_greeting"><text>"hello"</text></literalExpression>
			  </decision>
			</definitions>
			""";

	private static DmnModelInstance model() {
		return Dmn.readModelFromStream(new ByteArrayInputStream(DMN.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void readsTheColumnsTheRulesAndTheirDescriptionsInBothLanguages() {
		DecisionTable table = DecisionTableReader.read(model(), "applicationFee", "applicationFee:3:42", 3, "fees.dmn")
			.orElseThrow();

		assertThat(table.name()).isEqualTo("Application fee");
		assertThat(table.definitionId()).isEqualTo("applicationFee:3:42");
		assertThat(table.version()).isEqualTo(3);
		assertThat(table.resource()).isEqualTo("fees.dmn");
		assertThat(table.hitPolicy()).isEqualTo("FIRST");
		assertThat(table.description())
			.isEqualTo(LocalizedText.of("ຄ່າທຳນຽມຄຳຮ້ອງ", "The fee of an application, in kip"));
		assertThat(table.inputs()).as("an unlabelled input shows its expression")
			.containsExactly("Licence type", "kind");
		assertThat(table.outputs()).as("an unlabelled output shows its name").containsExactly("Fee (kip)", "reference");
		assertThat(table.rules()).extracting(DecisionRule::id).containsExactly("rule_isp", "rule_default");
		DecisionRule isp = table.rules().get(0);
		assertThat(isp.inputEntries()).as("an empty entry is any value").containsExactly("\"ICT-ISP1\"", "");
		assertThat(isp.outputEntries()).containsExactly("5000000", "\"N\"");
		assertThat(isp.description()).isEqualTo(LocalizedText.of("ISP ປະເພດ 1", "ISP type 1: the national fee"));
		assertThat(table.rules().get(1).inputEntries()).containsExactly("", "\"renewal\"");
		assertThat(table.rules().get(1).description()).isEqualTo(LocalizedText.of("", ""));
	}

	@Test
	void aDecisionThatIsNoTableOrIsNotInTheModelIsNotRead() {
		assertThat(DecisionTableReader.read(model(), "greeting", "greeting:1:1", 1, "fees.dmn")).isEmpty();
		assertThat(DecisionTableReader.read(model(), "missing", "missing:1:1", 1, "fees.dmn")).isEmpty();
		assertThat(DecisionTableReader.read(model(), "input_type", "x:1:1", 1, "fees.dmn")).as("no decision").isEmpty();
	}

	@Test
	void splitsABilingualTextWhereTheEnglishHalfBegins() {
		assertThat(DecisionTableReader.bilingual("ຮ້ານບໍລິການໄອຊີທີ / ຮ້ານອິນເຕີເນັດ / ICT shop / internet café"))
			.as("slashes inside either half stay")
			.isEqualTo(LocalizedText.of("ຮ້ານບໍລິການໄອຊີທີ / ຮ້ານອິນເຕີເນັດ", "ICT shop / internet café"));
		assertThat(DecisionTableReader.bilingual("ISP 1/2 ແມ່ນກະຊວງ / ISP types 1 and 2"))
			.isEqualTo(LocalizedText.of("ISP 1/2 ແມ່ນກະຊວງ", "ISP types 1 and 2"));
	}

	@Test
	void aTextInOneLanguageStandsForBoth() {
		assertThat(DecisionTableReader.bilingual("Every licence type"))
			.isEqualTo(LocalizedText.of("Every licence type", "Every licence type"));
		assertThat(DecisionTableReader.bilingual("ທຸກປະເພດ")).isEqualTo(LocalizedText.of("ທຸກປະເພດ", "ທຸກປະເພດ"));
		assertThat(DecisionTableReader.bilingual(null)).isEqualTo(LocalizedText.of("", ""));
	}

}
