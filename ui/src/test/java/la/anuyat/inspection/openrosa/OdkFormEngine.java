package la.anuyat.inspection.openrosa;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;

import la.anuyat.inspection.checklist.CollectDevice;
import org.javarosa.core.model.Constants;
import org.javarosa.core.model.FormDef;
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
import org.javarosa.core.services.PropertyManager;
import org.javarosa.form.api.FormEntryController;
import org.javarosa.form.api.FormEntryModel;
import org.javarosa.form.api.FormEntryPrompt;
import org.javarosa.model.xform.XFormSerializingVisitor;
import org.javarosa.xform.util.XFormUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ODK's own form engine (JavaRosa, the engine inside ODK Collect) filling a downloaded
 * XForm: every question answered with the first choice the form offers, a point in
 * Vientiane, a photo's file name or a short text, one row of each repeat, and the
 * finalised instance serialised as Collect sends it.
 */
final class OdkFormEngine {

	private OdkFormEngine() {
	}

	static byte[] fill(String xform, String photo) throws Exception {
		PropertyManager.setPropertyManager(new CollectDevice());
		try {
			FormDef form = XFormUtils
				.getFormFromInputStream(new ByteArrayInputStream(xform.getBytes(StandardCharsets.UTF_8)));
			form.initialize(true, new InstanceInitializationFactory());
			FormEntryController entry = new FormEntryController(new FormEntryModel(form));
			int rows = 0;
			for (int event = entry.stepToNextEvent(); event != FormEntryController.EVENT_END_OF_FORM; event = entry
				.stepToNextEvent()) {
				if (event == FormEntryController.EVENT_PROMPT_NEW_REPEAT && rows++ == 0) {
					entry.newRepeat();
				}
				if (event != FormEntryController.EVENT_QUESTION) {
					continue;
				}
				FormEntryPrompt prompt = entry.getModel().getQuestionPrompt();
				IAnswerData answer = answer(prompt, photo);
				if (answer != null) {
					assertThat(entry.answerQuestion(answer, true)).as(prompt.getLongText())
						.isEqualTo(FormEntryController.ANSWER_OK);
				}
			}
			assertThat(form.validate(true)).isNull();
			form.postProcessInstance();
			return new XFormSerializingVisitor().serializeInstance(form.getInstance());
		}
		finally {
			PropertyManager.setPropertyManager(null);
		}
	}

	private static IAnswerData answer(FormEntryPrompt prompt, String photo) {
		return switch (prompt.getDataType()) {
			case Constants.DATATYPE_CHOICE -> new SelectOneData(new Selection(prompt.getSelectChoices().get(0)));
			case Constants.DATATYPE_CHOICE_LIST ->
				new SelectMultiData(List.of(new Selection(prompt.getSelectChoices().get(0))));
			case Constants.DATATYPE_GEOPOINT -> new GeoPointData(new double[] { 17.9667, 102.6, 170, 5 });
			case Constants.DATATYPE_BINARY ->
				prompt.getIndex().getReference().toString(false).endsWith("photo1") ? new StringData(photo) : null;
			case Constants.DATATYPE_INTEGER -> new IntegerData(2);
			case Constants.DATATYPE_DECIMAL -> new DecimalData(20.5);
			case Constants.DATATYPE_DATE -> new DateData(new Date());
			default -> new StringData("ກວດແລ້ວ checked");
		};
	}

}
