package la.anuyat.licence.intake;

import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.node.ObjectNode;
import la.anuyat.api.ApiClient;
import la.anuyat.api.ApplicationForms;
import la.anuyat.identity.Actor;
import la.anuyat.identity.Role;
import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.CaseFileService;
import la.anuyat.casefile.CaseStatus;
import la.anuyat.casefile.workflow.CaseWorkflow;
import la.anuyat.casefile.workflow.WorkItem;
import la.anuyat.document.ChecklistDocument;
import la.anuyat.document.DocumentsMissingException;
import la.anuyat.party.PartyService;
import la.anuyat.party.SignUp;
import la.anuyat.shared.ConflictException;
import la.anuyat.shared.FieldError;
import la.anuyat.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The intake service on the real application: H2, Camunda, the forms and the document
 * store. Configured as the browser journeys are, so that it shares their Spring context
 * instead of starting another. Each test signs up its own company, so that "nothing
 * stored" can be checked by the company's cases.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.jpa.show-sql=false", "logging.level.org.camunda=WARN" })
@ActiveProfiles("demo")
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:anuyat-api-tests;DB_CLOSE_DELAY=-1",
		"anuyat.data-dir=target/test-data/h2" })
class LicenceIntakeTest {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private static final Actor OFFICER_VTE = new Actor("officer.vte", Role.SECTION_OFFICER, "VTE", null);

	@Autowired
	LicenceIntake intake;

	@Autowired
	CaseFileService cases;

	@Autowired
	CaseWorkflow workflow;

	@Autowired
	PartyService parties;

	@Test
	void refusesADraftWithABadFormAndStoresNothing() {
		Actor applicant = newApplicant();
		ObjectNode form = ApplicationForms.validSoftwareApplication();
		form.remove("companyNameLo");
		form.put("phone", "12345");
		form.put("noSuchField", "x");

		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.intake.draft(applicant, "ICT-SOFT", form))
			.satisfies((refusal) -> {
				assertThat(refusal.code()).isEqualTo("application.invalid");
				assertThat(refusal.fieldErrors()).extracting(FieldError::field)
					.contains("companyNameLo", "phone", "noSuchField");
				assertThat(refusal.fieldErrors()).allSatisfy((error) -> {
					assertThat(error.message().lo()).matches(".*[\\u0E80-\\u0EFF].*");
					assertThat(error.message().en()).isNotBlank();
				});
			});
		assertThat(this.cases.casesOf(applicant)).isEmpty();
	}

	@Test
	void refusesAProvinceThatDiffersFromTheFormsAndAnUnknownLicenceType() {
		Actor applicant = newApplicant();
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(
					() -> this.intake.draft(applicant, "ICT-SOFT", "LPB", ApplicationForms.validSoftwareApplication()))
			.satisfies((refusal) -> assertThat(refusal.fieldErrors()).extracting(FieldError::field)
				.containsExactly("province"));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.intake.draft(applicant, "NO-SUCH-TYPE", ApplicationForms.validSoftwareApplication()))
			.satisfies((refusal) -> {
				assertThat(refusal.code()).isEqualTo("application.invalid");
				assertThat(refusal.fieldErrors()).extracting(FieldError::field).containsExactly("licenceType");
			});
		assertThat(this.cases.casesOf(applicant)).isEmpty();
	}

	@Test
	void refusesToSubmitWithoutTheRequiredDocumentsAndKeepsTheDraft() {
		Actor applicant = newApplicant();
		CaseFile draft = this.intake.draft(applicant, "ICT-SOFT", ApplicationForms.validSoftwareApplication());

		DocumentChecklistState checklist = this.intake.checklist(applicant, draft.getCaseNumber());
		assertThat(checklist.complete()).isFalse();
		assertThat(checklist.missing()).extracting(ChecklistDocument::type)
			.containsExactly("enterprise-registration", "tax-registration", "director-id", "business-plan");

		assertThatExceptionOfType(DocumentsMissingException.class)
			.isThrownBy(() -> this.intake.submit(applicant, draft.getCaseNumber()))
			.satisfies((refusal) -> {
				assertThat(refusal.code()).isEqualTo("application.documentsMissing");
				assertThat(refusal.missing()).extracting(ChecklistDocument::type).contains("business-plan");
				assertThat(refusal.text().lo()).contains("ແຜນທຸລະກິດ");
				assertThat(refusal.text().en()).contains("Business plan");
			});
		CaseFile kept = this.cases.caseByNumber(applicant, draft.getCaseNumber());
		assertThat(kept.getStatus()).isEqualTo(CaseStatus.DRAFT);
		assertThat(kept.getProcessInstanceId()).isNull();
	}

	@Test
	void aCompleteDraftWithItsDocumentsIsSubmittedAndStartsTheProcess() {
		Actor applicant = newApplicant();
		CaseFile draft = this.intake.draft(applicant, "ICT-SOFT", ApplicationForms.validSoftwareApplication());
		assertThat(draft.getStatus()).isEqualTo(CaseStatus.DRAFT);
		assertThat(draft.getCaseNumber()).startsWith("ICT-VTE-");

		ObjectNode changed = ApplicationForms.validSoftwareApplication().put("numberOfStaff", 20);
		assertThat(this.intake.update(applicant, draft.getCaseNumber(), changed).getFormData())
			.contains("\"numberOfStaff\":20");

		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.intake.attach(applicant, draft.getCaseNumber(), "no-such-document", "a.png",
					ApiClient.png()))
			.satisfies((refusal) -> assertThat(refusal.code()).isEqualTo("document.unknownType"));

		for (ChecklistDocument required : this.intake.checklist(applicant, draft.getCaseNumber()).missing()) {
			this.intake.attach(applicant, draft.getCaseNumber(), required.type(), required.type() + ".png",
					ApiClient.png());
		}
		DocumentChecklistState checklist = this.intake.checklist(applicant, draft.getCaseNumber());
		assertThat(checklist.complete()).isTrue();
		assertThat(checklist.required()).allSatisfy((entry) -> assertThat(entry.present()).isTrue());

		CaseFile submitted = this.intake.submit(applicant, draft.getCaseNumber());
		assertThat(submitted.getStatus()).isEqualTo(CaseStatus.SUBMITTED);
		assertThat(submitted.getProcessInstanceId()).isNotBlank();
		assertThat(this.workflow.tasksOfCase(OFFICER_VTE, draft.getCaseNumber())).extracting(WorkItem::taskKey)
			.containsExactly("userTask_checkCompleteness");

		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> this.intake.update(applicant, draft.getCaseNumber(), changed))
			.satisfies((refusal) -> assertThat(refusal.code()).isEqualTo("case.notDraft"));
	}

	private Actor newApplicant() {
		int n = SEQUENCE.incrementAndGet();
		String username = "intake" + n + "." + System.nanoTime();
		return this.parties
			.createConfirmedApplicant(new SignUp(username, "{noop}demo", username + "@intake.example.la",
					"ບໍລິສັດ ຮັບຄຳຮ້ອງ " + n, "Intake Test Co. " + n, "ENT-I" + n, "TAX-I" + n, "VTE",
					"Ban Phonxay, VTE", "Contact " + n, "+856 20 7777 " + (1000 + n)))
			.toActor();
	}

}
