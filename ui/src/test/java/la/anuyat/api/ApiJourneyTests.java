package la.anuyat.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import la.anuyat.access.ApplicantSignUp;
import la.anuyat.access.SignUpForm;
import la.anuyat.api.ApiClient.Answer;
import la.anuyat.audit.AuditTrail;
import la.anuyat.audit.ChainVerification;
import la.anuyat.notification.NotificationService;
import la.anuyat.party.PartyService;

import la.anuyat.notification.mail.TestMailServer;
import la.anuyat.notification.mail.TestMailServer.Mail;
import la.anuyat.party.SignUpResult;
import la.anuyat.shared.FieldError;
import la.anuyat.shared.InvalidInputException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The ICT business licence journey through the REST API, from application to verified
 * licence, with the refusals along the way (jurisdiction, four-eyes, unsupported files,
 * another company's case), and the searches: officers' case search within their
 * jurisdiction and the public licence register. The outbox is relayed to a real SMTP
 * server ({@link TestMailServer}), where the applicant's mails are read. Run once per
 * database: {@link H2ApiJourneyTests} and {@link PostgresApiJourneyTests}. Each test
 * creates its own cases, so the tests do not depend on one another or on their order.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.jpa.show-sql=false", "logging.level.org.camunda=WARN" })
abstract class ApiJourneyTests {

	private static final String PASSWORD = "demo";

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Duration MAIL_TIMEOUT = Duration.ofSeconds(60);

	@LocalServerPort
	int port;

	@Autowired
	AuditTrail auditTrail;

	@Autowired
	org.camunda.bpm.engine.IdentityService engineIdentities;

	@Autowired
	ApplicantSignUp applicantSignUp;

	/**
	 * The outbox goes to the test's SMTP server, often, so that mails arrive while the
	 * test waits for them.
	 */
	@Autowired
	NotificationService notifications;

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", TestMailServer::port);
		registry.add("anuyat.mail.relay-interval", () -> "300ms");
	}

	@Autowired
	PartyService parties;

	@Test
	void listsTheLicenceTypesWithTheirFormWithoutSignIn() {
		Answer types = anonymous().get("/api/v1/licence-types");
		assertThat(types.status()).isEqualTo(200);
		assertThat(types.json().findValuesAsText("code")).contains("ICT-ISP1", "ICT-SOFT", "ICT-INST");
		assertThat(types.json().get(0).path("nameLo").asText()).isNotBlank();

		Answer type = anonymous().get("/api/v1/licence-types/ICT-SOFT");
		assertThat(type.status()).isEqualTo(200);
		assertThat(type.json().path("form").path("components").isArray()).isTrue();
		assertThat(type.json().path("requiredDocuments").findValuesAsText("type")).isNotEmpty();

		Answer unknown = anonymous().get("/api/v1/licence-types/NO-SUCH-TYPE");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.json().path("code").asText()).isEqualTo("licenceType.notFound");
	}

	@Test
	void describesTheApiInOpenApi() {
		Answer description = anonymous().get("/v3/api-docs");
		assertThat(description.status()).as(description.toString()).isEqualTo(200);
		assertThat(description.json().path("paths").has("/api/v1/applications/{caseNumber}/documents")).isTrue();
		assertThat(description.json().path("paths").has("/api/v1/applications/{caseNumber}/checklist")).isTrue();
		assertThat(description.json().path("paths").has("/verify/{licenceNumber}")).isTrue();
		assertThat(description.json().path("paths").has("/api/v1/search")).isTrue();
		assertThat(description.json().path("paths").has("/api/v1/register")).isTrue();
		// a task's due date and assignee are null until routed and claimed: described so
		// (OpenAPI 3.1: the JSON Schema type "null")
		JsonNode task = description.json().path("components").path("schemas").path("Task").path("properties");
		assertThat(task.path("assignee").path("type").toString()).as(task.toString()).contains("\"null\"");
		assertThat(task.path("due").path("type").toString()).as(task.toString()).contains("\"null\"");
		assertThat(task.path("overdue").path("type").asText()).isEqualTo("boolean");
	}

	@Test
	void walksAnApplicationFromSubmissionThroughAnInformationRequestToAVerifiedLicence() throws Exception {
		ApiClient applicant = as("applicant");
		ApiClient officer = as("officer.vte");
		String caseNumber = newApplication(applicant);
		assertThat(caseNumber).matches("ICT-VTE-" + Year.now() + "-\\d{6}");

		byte[] pdf = ApiClient.pdf("Enterprise registration certificate");
		Answer upload = applicant.upload(applicationPath(caseNumber) + "/documents", "registration.pdf", pdf,
				"enterprise-registration");
		assertThat(upload.status()).as(upload.toString()).isEqualTo(201);
		assertThat(upload.json().path("sha256").asText()).isEqualTo(sha256(pdf));
		assertThat(upload.json().path("mediaType").asText()).isEqualTo("application/pdf");

		Answer submitted = applicant.submitWithDocuments(caseNumber);
		assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
		assertThat(submitted.json().path("status").asText()).isEqualTo("SUBMITTED");

		completeTask(officer, caseNumber, "userTask_checkCompleteness", "request-info",
				"Please upload the tax registration certificate.");
		assertThat(caseOf(applicant, caseNumber).path("status").asText()).isEqualTo("INFO_REQUESTED");
		// the applicant is told by mail, in the language of their account (the demo
		// applicant's is Lao), with a link to the case on this very server
		Mail informationRequested = mailAbout("applicant@laodigital.example", caseNumber, "ຂໍ້ມູນເພີ່ມເຕີມ");
		assertThat(informationRequested.subject()).isEqualTo("ຄຳຮ້ອງ " + caseNumber + ": ຕ້ອງການຂໍ້ມູນເພີ່ມເຕີມ");
		assertThat(informationRequested.body()).startsWith("ຮຽນ ບໍລິສັດ ລາວ ດິຈິຕອນ ຈຳກັດ")
			.contains("Please upload the tax registration certificate.")
			.doesNotContain("Dear", "more information");
		String caseLink = linkIn(informationRequested, "/my-applications/" + caseNumber);
		Answer casePage = anonymous().get(caseLink, MediaType.TEXT_HTML);
		assertThat(casePage.status()).as("the case page, behind the sign-in").isEqualTo(302);
		assertThat(casePage.headers().getLocation().getPath()).endsWith("/login");
		Answer taxCertificate = applicant.upload(applicationPath(caseNumber) + "/documents", "tax.pdf",
				ApiClient.pdf("Tax registration"), "tax-registration");
		assertThat(taxCertificate.status()).as(taxCertificate.toString()).isEqualTo(201);
		completeTask(applicant, caseNumber, "userTask_answerInformationRequest", "resubmit",
				"The tax registration certificate is uploaded.");

		completeTask(officer, caseNumber, "userTask_checkCompleteness", "complete", null);
		completeTask(officer, caseNumber, "userTask_studyApplication", "recommend-approve",
				"The company meets the requirements for software services.");

		// a section officer neither sees nor completes the leadership's decision
		assertThat(taskOf(officer, caseNumber, "userTask_decideApplication")).isNull();
		JsonNode decision = taskOf(as("deputy.vte"), caseNumber, "userTask_decideApplication");
		assertThat(decision).isNotNull();
		Answer officerDecides = officer.post("/api/v1/tasks/" + decision.path("taskId").asText() + "/complete",
				Map.of("outcome", "approve", "comment", "Approved."));
		assertThat(officerDecides.status()).as(officerDecides.toString()).isIn(403, 404);

		completeTask(as("deputy.vte"), caseNumber, "userTask_decideApplication", "approve",
				"The application is complete and meets the requirements.");
		assertThat(caseOf(applicant, caseNumber).path("status").asText()).as("the fee comes first")
			.isEqualTo("AWAITING_PAYMENT");
		payFee(applicant, caseNumber);

		JsonNode approved = caseOf(applicant, caseNumber);
		assertThat(approved.path("status").asText()).isEqualTo("APPROVED");
		String licenceNumber = approved.path("licenceNumber").asText();
		assertThat(licenceNumber).isNotBlank();
		assertThat(approved.path("history").findValuesAsText("type")).contains("case.submitted");
		assertThat(approved.path("history").findValuesAsText("description")).allMatch((text) -> !text.isBlank());
		assertThat(approved.has("recommendation")).as("the officer's recommendation is internal").isFalse();

		Mail issued = mailAbout("applicant@laodigital.example", licenceNumber, "ອອກແລ້ວ");
		assertThat(issued.subject()).isEqualTo("ໃບອະນຸຍາດ " + licenceNumber + " ອອກແລ້ວ");
		assertThat(issued.body()).contains("ໃບອະນຸຍາດເລກທີ " + licenceNumber)
			.contains("http://localhost:" + this.port + "/my-applications/" + caseNumber)
			.doesNotContain("Dear");
		Answer verifiedByMail = anonymous().get(linkIn(issued, "/verify/" + licenceNumber), MediaType.APPLICATION_JSON);
		assertThat(verifiedByMail.status()).as(verifiedByMail.toString()).isEqualTo(200);
		assertThat(verifiedByMail.json().path("status").asText()).isEqualTo("VALID");

		// and in their pages, newest first, unread until read
		JsonNode notices = applicant.get("/api/v1/notices").json();
		List<JsonNode> ofThisCase = new ArrayList<>();
		notices.path("notices").forEach((notice) -> {
			if (notice.path("caseNumber").asText().equals(caseNumber)) {
				ofThisCase.add(notice);
			}
		});
		assertThat(ofThisCase).extracting((notice) -> notice.path("kind").asText())
			.containsExactly("licenceIssued", "invoicePaid", "invoiceIssued", "applicationComplete",
					"informationRequested");
		assertThat(ofThisCase).allSatisfy((notice) -> {
			assertThat(notice.path("read").asBoolean()).isFalse();
			assertThat(notice.path("link").asText()).isEqualTo("/my-applications/" + caseNumber);
		});
		assertThat(ofThisCase.get(0).path("title").asText()).as("in the request's language")
			.isEqualTo("Licence " + licenceNumber + " issued");
		long unread = notices.path("unread").asLong();
		String noticeId = ofThisCase.get(0).path("id").asText();
		assertThat(as("applicant2").post("/api/v1/notices/" + noticeId + "/read", null).status())
			.as("another applicant's notice")
			.isEqualTo(404);
		assertThat(applicant.post("/api/v1/notices/" + noticeId + "/read", null).status()).isEqualTo(204);
		assertThat(applicant.get("/api/v1/notices").json().path("unread").asLong()).isEqualTo(unread - 1);

		Answer licence = applicant.get("/api/v1/licences/" + licenceNumber);
		assertThat(licence.status()).as(licence.toString()).isEqualTo(200);
		assertThat(licence.json().path("holderNameEn").asText()).isEqualTo("Lao Digital Co., Ltd.");
		assertThat(licence.json().path("verification").asText()).isEqualTo("VALID");
		assertThat(licence.json().path("verificationUrl").asText())
			.isEqualTo("http://localhost:" + this.port + "/verify/" + licenceNumber);

		Answer certificate = applicant.get("/api/v1/licences/" + licenceNumber + "/certificate",
				MediaType.APPLICATION_PDF);
		assertThat(certificate.status()).isEqualTo(200);
		assertThat(certificate.headers().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
		assertThat(new String(certificate.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

		Answer verified = anonymous().get("/verify/" + licenceNumber, MediaType.APPLICATION_JSON);
		assertThat(verified.status()).isEqualTo(200);
		assertThat(verified.json().path("licenceNumber").asText()).isEqualTo(licenceNumber);
		assertThat(verified.json().path("status").asText()).isEqualTo("VALID");
		Answer page = anonymous().get("/verify/" + licenceNumber, MediaType.TEXT_HTML);
		assertThat(page.headers().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
		assertThat(page.text()).contains("data-status=\"VALID\"", "Lao Digital Co., Ltd.", "ບໍລິສັດ ລາວ ດິຈິຕອນ ຈຳກັດ",
				"/fonts/NotoSansLao-Regular.ttf");
		certificateProvesItself(licenceNumber, certificate.body());

		// another company's applicant learns nothing about this case or licence
		ApiClient otherCompany = as("applicant2");
		assertThat(otherCompany.get("/api/v1/cases/" + caseNumber).status()).isEqualTo(404);
		assertThat(otherCompany.get("/api/v1/licences/" + licenceNumber).status()).isEqualTo(404);
		Answer otherCertificate = otherCompany.get("/api/v1/licences/" + licenceNumber + "/certificate",
				MediaType.APPLICATION_PDF, MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(otherCertificate.status()).isEqualTo(404);
		assertThat(otherCertificate.json().path("code").asText()).isEqualTo("licence.notFound");
		assertThat(otherCompany.get("/api/v1/cases").json().findValuesAsText("caseNumber")).doesNotContain(caseNumber);
	}

	@Test
	void refusesADecisionByTheLeaderWhoStudiedTheCase() {
		ApiClient applicant = as("applicant");
		String caseNumber = newApplication(applicant);
		assertThat(applicant.submitWithDocuments(caseNumber).status()).isEqualTo(200);
		completeTask(as("officer.vte"), caseNumber, "userTask_checkCompleteness", "complete", null);
		ApiClient leader = as("leader.vte", "lo");
		completeTask(leader, caseNumber, "userTask_studyApplication", "recommend-reject",
				"The business plan does not show the required staff.");

		assertThat(taskOf(leader, caseNumber, "userTask_decideApplication")).as("not offered to its studier").isNull();
		JsonNode decision = taskOf(as("deputy.vte"), caseNumber, "userTask_decideApplication");
		String decisionPath = "/api/v1/tasks/" + decision.path("taskId").asText();
		assertThat(leader.get(decisionPath).status()).isEqualTo(404);
		Answer claim = leader.post(decisionPath + "/claim", null);
		assertThat(claim.status()).as(claim.toString()).isEqualTo(409);
		assertThat(claim.json().path("code").asText()).isEqualTo("case.fourEyes");
		assertThat(claim.json().path("detail").asText()).as("in Lao, as asked").matches(".*[\\u0E80-\\u0EFF].*");
		Answer refused = leader.post(decisionPath + "/complete", Map.of("outcome", "reject", "comment", "Rejected."));
		assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
		assertThat(refused.headers().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
		assertThat(refused.json().path("code").asText()).isEqualTo("case.fourEyes");
		assertThat(refused.json().path("detail").asText()).as("in Lao, as asked").matches(".*[\\u0E80-\\u0EFF].*");
		assertThat(refused.json().has("trace")).isFalse();
		assertThat(caseOf(applicant, caseNumber).path("status").asText()).isEqualTo("AWAITING_DECISION");
		assertThat(taskOf(as("deputy.vte"), caseNumber, "userTask_decideApplication").path("assignee").isNull())
			.as("the refused studier holds nothing")
			.isTrue();

		completeTask(as("deputy.vte"), caseNumber, "userTask_decideApplication", "reject",
				"The business plan does not show the required staff.");
		JsonNode rejected = caseOf(applicant, caseNumber);
		assertThat(rejected.path("status").asText()).isEqualTo("REJECTED");
		assertThat(rejected.path("decisionReasons").asText()).contains("business plan");
	}

	@Test
	void letsTheHolderReleaseATaskAndTheAuthoritysLeadershipReassignIt() {
		ApiClient applicant = as("applicant");
		String caseNumber = newApplication(applicant);
		assertThat(applicant.submitWithDocuments(caseNumber).status()).isEqualTo(200);
		ApiClient officer = as("officer.vte");
		ApiClient leader = as("leader.vte");
		JsonNode check = taskOf(officer, caseNumber, "userTask_checkCompleteness");
		assertThat(check.path("companyNameEn").asText()).isEqualTo("Lao Digital Co., Ltd.");
		assertThat(check.path("companyNameLo").asText()).isEqualTo("ບໍລິສັດ ລາວ ດິຈິຕອນ ຈຳກັດ");
		assertThat(check.path("authority").asText()).as("still the code").isEqualTo("VTE");
		assertThat(check.path("authorityNameEn").asText()).contains("Vientiane");
		assertThat(check.path("assigneeName").isNull()).isTrue();
		String path = "/api/v1/tasks/" + check.path("taskId").asText();
		assertThat(officer.post(path + "/claim", null).status()).isEqualTo(204);
		assertThat(officer.get(path).json().path("assigneeName").asText()).isEqualTo("Mr Bounmy Sisouvanh");
		assertThat(as("officer.vte", "lo").get(path).json().path("assigneeName").asText())
			.isEqualTo("ທ້າວ ບຸນມີ ສີສຸວັນ");

		assertThat(as("officer.lpb").post(path + "/unclaim", null).status()).isEqualTo(404);
		Answer released = officer.post(path + "/unclaim", null);
		assertThat(released.status()).as(released.toString()).isEqualTo(204);
		assertThat(officer.get(path).json().path("assignee").isNull()).isTrue();

		Answer byOfficer = officer.post(path + "/assign", Map.of("username", "officer.vte"));
		assertThat(byOfficer.status()).as("only leadership reassigns: " + byOfficer).isEqualTo(403);
		assertThat(byOfficer.json().path("code").asText()).isEqualTo("task.assignForbidden");
		assertThat(as("leader.mtc").post(path + "/assign", Map.of("username", "officer.vte")).status())
			.as("another authority's leadership")
			.isEqualTo(404);
		Answer toOtherProvince = leader.post(path + "/assign", Map.of("username", "officer.lpb"));
		assertThat(toOtherProvince.status()).as(toOtherProvince.toString()).isEqualTo(400);
		assertThat(toOtherProvince.json().path("code").asText()).isEqualTo("task.assigneeNotEligible");
		assertThat(leader.post(path + "/assign", Map.of("username", "deputy.vte")).status())
			.as("completeness is section work")
			.isEqualTo(400);
		assertThat(leader.get(path + "/assignable").json().findValuesAsText("username")).contains("officer.vte")
			.doesNotContain("officer.lpb", "deputy.vte");
		Answer assigned = leader.post(path + "/assign", Map.of("username", "officer.vte"));
		assertThat(assigned.status()).as(assigned.toString()).isEqualTo(204);
		assertThat(officer.get(path).json().path("assignee").asText()).isEqualTo("officer.vte");
		assertThat(this.auditTrail.entriesFor("case", caseNumber)).extracting((entry) -> entry.getAction())
			.contains("task.claimed", "task.released", "task.assigned");

		completeTask(officer, caseNumber, "userTask_checkCompleteness", "complete", null);
		completeTask(leader, caseNumber, "userTask_studyApplication", "recommend-approve", "Studied by the head.");
		ApiClient deputy = as("deputy.vte");
		String decision = "/api/v1/tasks/"
				+ taskOf(deputy, caseNumber, "userTask_decideApplication").path("taskId").asText();
		Answer toStudier = deputy.post(decision + "/assign", Map.of("username", "leader.vte"));
		assertThat(toStudier.status()).as(toStudier.toString()).isEqualTo(409);
		assertThat(toStudier.json().path("code").asText()).isEqualTo("case.fourEyes");
		assertThat(deputy.get(decision + "/assignable").json().findValuesAsText("username")).contains("deputy.vte")
			.doesNotContain("leader.vte");
		assertThat(deputy.post(decision + "/assign", Map.of("username", "deputy.vte")).status()).isEqualTo(204);
		completeTask(deputy, caseNumber, "userTask_decideApplication", "approve", "Meets the requirements.");
		assertThat(caseOf(applicant, caseNumber).path("status").asText()).isEqualTo("AWAITING_PAYMENT");
	}

	@Test
	void answersATaskThatAColleagueCompletedMeanwhileWithANotFoundProblemNeverA500() {
		ApiClient applicant = as("applicant");
		String caseNumber = newApplication(applicant);
		assertThat(applicant.submitWithDocuments(caseNumber).status()).isEqualTo(200);
		ApiClient officer = as("officer.vte");
		completeTask(officer, caseNumber, "userTask_checkCompleteness", "complete", null);
		JsonNode listed = taskOf(officer, caseNumber, "userTask_studyApplication");
		String path = "/api/v1/tasks/" + listed.path("taskId").asText();

		completeTask(as("leader.vte"), caseNumber, "userTask_studyApplication", "recommend-approve",
				"The leadership studied it first.");

		Answer read = officer.get(path);
		assertThat(read.status()).as(read.toString()).isEqualTo(404);
		assertThat(read.json().path("code").asText()).isEqualTo("task.notFound");
		Answer completed = officer.post(path + "/complete",
				Map.of("outcome", "recommend-approve", "comment", "I studied it too."));
		assertThat(completed.status()).as(completed.toString()).isEqualTo(404);
		assertThat(completed.json().path("code").asText()).isEqualTo("task.notFound");
		assertThat(completed.json().path("detail").asText()).contains("completed");
		assertThat(officer.post(path + "/claim", null).status()).isEqualTo(404);
		assertThat(officer.post(path + "/unclaim", null).status()).isEqualTo(404);
		Answer list = officer.get("/api/v1/tasks");
		assertThat(list.status()).as(list.toString()).isEqualTo(200);
		assertThat(list.json().findValuesAsText("taskId")).doesNotContain(listed.path("taskId").asText());
		assertThat(caseOf(applicant, caseNumber).path("status").asText()).isEqualTo("AWAITING_DECISION");
	}

	@Test
	void givesTheAnsweredInformationRequestBackToTheOfficerWhoAsked() {
		ApiClient applicant = as("applicant");
		String caseNumber = newApplication(applicant);
		assertThat(applicant.submitWithDocuments(caseNumber).status()).isEqualTo(200);
		ApiClient officer = as("officer.vte");
		completeTask(officer, caseNumber, "userTask_checkCompleteness", "request-info", "Which services exactly?");
		completeTask(applicant, caseNumber, "userTask_answerInformationRequest", "resubmit",
				"Software development and maintenance.");

		JsonNode check = taskOf(officer, caseNumber, "userTask_checkCompleteness");
		assertThat(check.path("assignee").asText()).isEqualTo("officer.vte");
		assertThat(check.path("assigneeName").asText()).isEqualTo("Mr Bounmy Sisouvanh");
	}

	@Test
	void pagesTheTaskListWithItsTotalInAHeader() {
		ApiClient applicant = as("applicant");
		String caseNumber = newApplication(applicant);
		assertThat(applicant.submitWithDocuments(caseNumber).status()).isEqualTo(200);
		ApiClient officer = as("officer.vte");

		Answer all = officer.get("/api/v1/tasks");
		assertThat(all.status()).isEqualTo(200);
		long total = Long.parseLong(all.headers().getFirst("X-Total-Count"));
		assertThat(all.json().size()).isEqualTo((int) total);
		Answer page = officer.get("/api/v1/tasks?offset=0&limit=1");
		assertThat(page.json().size()).isEqualTo(1);
		assertThat(page.headers().getFirst("X-Total-Count")).isEqualTo(Long.toString(total));
		Answer ofCase = officer.get("/api/v1/tasks?caseNumber=" + caseNumber + "&taskKey=userTask_checkCompleteness");
		assertThat(ofCase.json().findValuesAsText("caseNumber")).containsExactly(caseNumber);
		Answer badPage = officer.get("/api/v1/tasks?limit=0");
		assertThat(badPage.status()).as(badPage.toString()).isEqualTo(400);
		assertThat(badPage.json().path("code").asText()).isEqualTo("tasks.invalidPage");
	}

	@Test
	void keepsAnotherProvincesCasesAndTasksFromItsOfficers() {
		ApiClient applicant = as("applicant");
		String caseNumber = newApplication(applicant);
		assertThat(applicant.submitWithDocuments(caseNumber).status()).isEqualTo(200);
		JsonNode task = taskOf(as("officer.vte"), caseNumber, "userTask_checkCompleteness");
		assertThat(task).isNotNull();
		assertThat(task.path("authority").asText()).isEqualTo("VTE");

		ApiClient luangPrabang = as("officer.lpb");
		assertThat(taskOf(luangPrabang, caseNumber, "userTask_checkCompleteness")).isNull();
		assertThat(luangPrabang.get("/api/v1/cases").json().findValuesAsText("caseNumber")).doesNotContain(caseNumber);
		Answer foreignCase = luangPrabang.get("/api/v1/cases/" + caseNumber);
		assertThat(foreignCase.status()).isEqualTo(404);
		assertThat(foreignCase.json().path("code").asText()).isEqualTo("case.notFound");
		String taskId = task.path("taskId").asText();
		assertThat(luangPrabang.post("/api/v1/tasks/" + taskId + "/claim", null).status()).isEqualTo(404);
		assertThat(luangPrabang.post("/api/v1/tasks/" + taskId + "/complete", Map.of("outcome", "complete")).status())
			.isEqualTo(404);
		assertThat(luangPrabang.get("/api/v1/tasks/" + taskId).status()).isEqualTo(404);

		assertThat(as("officer.vte").post("/api/v1/tasks/" + taskId + "/claim", null).status()).isEqualTo(204);
	}

	@Test
	void refusesAnInvalidFormWithFieldErrorsInBothLanguages() {
		ObjectNode form = validForm();
		form.remove("companyNameLo");
		form.put("phone", "12345");
		Answer refused = as("applicant", "lo").post("/api/v1/applications",
				Map.of("licenceType", "ICT-SOFT", "province", "VTE", "form", form));
		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.json().path("code").asText()).isEqualTo("application.invalid");
		assertThat(refused.json().path("errors").findValuesAsText("field")).contains("companyNameLo", "phone");
		for (JsonNode error : refused.json().path("errors")) {
			assertThat(error.path("messageLo").asText()).matches(".*[\\u0E80-\\u0EFF].*");
			assertThat(error.path("messageEn").asText()).isNotBlank().doesNotMatch(".*[\\u0E80-\\u0EFF].*");
			assertThat(error.path("message").asText()).isEqualTo(error.path("messageLo").asText());
		}

		Answer unknownType = as("applicant").post("/api/v1/applications",
				Map.of("licenceType", "NO-SUCH-TYPE", "province", "VTE", "form", validForm()));
		assertThat(unknownType.status()).isEqualTo(400);
		assertThat(unknownType.json().path("errors").findValuesAsText("field")).containsExactly("licenceType");

		Answer notJson = as("applicant").post("/api/v1/applications", "{not json");
		assertThat(notJson.status()).isEqualTo(400);
		assertThat(notJson.json().path("code").asText()).isEqualTo("request.unreadable");
	}

	@Test
	void refusesFilesThatAreNoAcceptedDocumentWhateverTheirName() throws IOException {
		ApiClient applicant = as("applicant");
		String caseNumber = newApplication(applicant);
		for (byte[] content : List.of(zip(), windowsExecutable())) {
			Answer refused = applicant.upload(applicationPath(caseNumber) + "/documents", "business-plan.pdf", content,
					"business-plan");
			assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
			assertThat(refused.json().path("code").asText()).isEqualTo("document.unsupported");
			assertThat(refused.json().path("detail").asText()).isNotBlank();
		}
		assertThat(applicant.get(applicationPath(caseNumber) + "/documents").json()).isEmpty();

		Answer missingFile = applicant.upload(applicationPath(caseNumber) + "/documents", "x.pdf", new byte[0],
				"business-plan");
		assertThat(missingFile.status()).isEqualTo(400);
	}

	@Test
	void answersUnknownForALicenceNumberNotInTheRegisterAndEscapesIt() {
		Answer json = anonymous().get("/verify/LIC-XXX-1999-000001", MediaType.APPLICATION_JSON);
		assertThat(json.status()).isEqualTo(200);
		assertThat(json.json().path("status").asText()).isEqualTo("UNKNOWN");

		Answer page = anonymous().get("/verify/<img src=x onerror=alert(1)>", MediaType.TEXT_HTML);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("data-status=\"UNKNOWN\"", "&lt;img src=x onerror=alert(1)&gt;")
			.doesNotContain("<img");
	}

	@Test
	void answersSignInAndPermissionRefusalsAsProblemDetails() {
		Answer anonymousTasks = anonymous().get("/api/v1/tasks");
		assertThat(anonymousTasks.status()).isEqualTo(401);
		assertThat(anonymousTasks.headers().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
		assertThat(anonymousTasks.json().path("code").asText()).isEqualTo("auth.required");

		Answer wrongPassword = ApiClient.as(this.port, "officer.vte", "wrong", "lo").get("/api/v1/tasks");
		assertThat(wrongPassword.status()).isEqualTo(401);
		assertThat(wrongPassword.json().path("detail").asText()).matches(".*[\\u0E80-\\u0EFF].*");

		Answer officerOnEngine = as("officer.vte").get("/engine-rest/engine");
		assertThat(officerOnEngine.status()).isEqualTo(403);
		assertThat(officerOnEngine.json().path("code").asText()).isEqualTo("auth.forbidden");
		assertThat(as("admin").get("/engine-rest/engine").status()).isEqualTo(200);

		Answer unknownPath = as("applicant").get("/api/v1/no-such-thing");
		assertThat(unknownPath.status()).isEqualTo(404);
		assertThat(unknownPath.json().path("code").asText()).isEqualTo("request.notFound");

		Answer wrongMethod = as("applicant").request(HttpMethod.DELETE, "/api/v1/tasks");
		assertThat(wrongMethod.status()).isIn(404, 405);
		assertThat(wrongMethod.json().path("detail").asText()).isNotBlank();
	}

	@Test
	void letsANewBusinessSignInOnlyAfterConfirmingItsEmailAddress() {
		String username = "newbiz" + Long.toString(System.nanoTime(), 36);
		String email = username + "@example.la";
		SignUpResult result = this.applicantSignUp.signUp(
				new SignUpForm(username, "correct horse", email, "ບໍລິສັດ ທົດລອງ ຈຳກັດ", "Test Co., Ltd.", "01-0099999",
						"555666777 000", "VTE", "ບ້ານ ໂພນໄຊ", "ທ້າວ ທົດລອງ", "+856 20 1234 5678"),
				ApiLanguage.LAO);

		ApiClient newBusiness = ApiClient.as(this.port, username, "correct horse", null);
		Answer unconfirmed = newBusiness.get("/api/v1/cases");
		assertThat(unconfirmed.status()).isEqualTo(401);
		assertThat(unconfirmed.json().path("code").asText()).isEqualTo("auth.emailNotConfirmed");

		Mail mail = TestMailServer.awaitMail(email, (received) -> true, MAIL_TIMEOUT);
		String link = "/confirm-email?token=" + result.confirmationToken();
		assertThat(mail.body()).as("a link to this server, whatever its port")
			.contains("http://localhost:" + this.port + link)
			.contains("ຢືນຢັນ");

		Answer confirmed = anonymous().request(HttpMethod.GET, link);
		assertThat(confirmed.status()).isEqualTo(302);
		assertThat(confirmed.headers().getLocation()).hasToString("/login?confirmed");
		assertThat(newBusiness.get("/api/v1/cases").status()).isEqualTo(200);

		Answer replayed = anonymous().request(HttpMethod.GET, link);
		assertThat(replayed.headers().getLocation()).hasToString("/login?confirmFailed");
	}

	@Test
	void tellsTheApplicantOfARejectionInTheLanguageTheySignedUpIn() {
		String username = "reader" + Long.toString(System.nanoTime(), 36);
		String email = username + "@example.la";
		SignUpResult result = this.applicantSignUp.signUp(
				new SignUpForm(username, "correct horse", email, "ບໍລິສັດ ຜູ້ອ່ານ ຈຳກັດ", "Reader Co., Ltd.",
						"01-0099998", "555666778 000", "VTE", "ບ້ານ ໂພນໄຊ", "Mr Reader", "+856 20 1234 5679"),
				Locale.ENGLISH);
		assertThat(anonymous().request(HttpMethod.GET, "/confirm-email?token=" + result.confirmationToken()).status())
			.isEqualTo(302);
		ApiClient applicant = ApiClient.as(this.port, username, "correct horse", "lo");
		String caseNumber = newApplication(applicant);
		assertThat(applicant.submitWithDocuments(caseNumber).status()).isEqualTo(200);
		completeTask(as("officer.vte"), caseNumber, "userTask_checkCompleteness", "complete", null);
		completeTask(as("officer.vte"), caseNumber, "userTask_studyApplication", "recommend-reject",
				"The business plan does not show the required staff.");
		completeTask(as("deputy.vte"), caseNumber, "userTask_decideApplication", "reject",
				"The business plan does not show the required staff.");

		Mail rejected = mailAbout(email, caseNumber, "rejected");
		assertThat(rejected.subject()).isEqualTo("Application " + caseNumber + " rejected");
		assertThat(rejected.body()).startsWith("Dear Reader Co., Ltd.")
			.contains("Reasons: The business plan does not show the required staff.")
			.contains("http://localhost:" + this.port + "/my-applications/" + caseNumber)
			.as("in English only")
			.doesNotContainPattern("[\\u0E80-\\u0EFF]");
		// the notice in their pages follows the language they read them in
		JsonNode notice = applicant.get("/api/v1/notices").json().path("notices").get(0);
		assertThat(notice.path("kind").asText()).isEqualTo("applicationRejected");
		assertThat(notice.path("title").asText()).isEqualTo("ຄຳຮ້ອງ " + caseNumber + " ບໍ່ໄດ້ຮັບອະນຸມັດ");
	}

	@Test
	void keepsTheAuditChainIntact() {
		ApiClient applicant = as("applicant");
		String caseNumber = newApplication(applicant);
		assertThat(applicant.submitWithDocuments(caseNumber).status()).isEqualTo(200);

		ChainVerification verification = this.auditTrail.verify();
		assertThat(verification.intact()).as(verification.toString()).isTrue();
		assertThat(verification.entriesChecked()).isPositive();
		assertThat(this.auditTrail.entriesFor("case", caseNumber)).isNotEmpty();
	}

	@Test
	void findsACaseByALaoWordOfTheCompanyNameByItsNumberAndByTheTextOfAnAttachment() throws IOException {
		String marker = marker();
		String attachmentWord = marker();
		ApiClient applicant = as("applicant");
		ObjectNode form = validForm().put("companyNameEn", "Lao Digital " + marker);
		String caseNumber = newApplication(applicant, form);
		Answer upload = applicant.upload(applicationPath(caseNumber) + "/documents", "registration.pdf",
				ApiClient.pdf("Enterprise registration of the fibre network " + attachmentWord),
				"enterprise-registration");
		assertThat(upload.status()).as(upload.toString()).isEqualTo(201);
		assertThat(applicant.submitWithDocuments(caseNumber).status()).isEqualTo(200);
		ApiClient officer = as("officer.vte");

		// a Lao word of the company name (narrowed to this case by the English marker)
		JsonNode byLaoWord = search(officer, "q=ດິຈິຕອນ " + marker);
		assertThat(caseNumbers(byLaoWord)).containsExactly(caseNumber);
		assertThat(byLaoWord.path("total").asLong()).isEqualTo(1);
		JsonNode hit = byLaoWord.path("hits").get(0);
		assertThat(hit.path("applicantNameLo").asText()).isEqualTo("ບໍລິສັດ ລາວ ດິຈິຕອນ ຈຳກັດ");
		assertThat(hit.path("applicantNameEn").asText()).isEqualTo("Lao Digital " + marker);
		assertThat(hit.path("caseType").asText()).isEqualTo("ICT-SOFT");
		assertThat(hit.path("status").asText()).isEqualTo("SUBMITTED");
		assertThat(hit.path("authority").asText()).isEqualTo("VTE");
		assertThat(hit.path("province").asText()).isEqualTo("VTE");
		assertThat(hit.path("submittedAt").asText()).startsWith(Year.now().toString());
		assertThat(hit.path("highlights").toString()).contains("<em>ດິຈິຕອນ</em>");
		assertThat(facet(byLaoWord, "type")).containsExactly(Map.entry("ICT-SOFT", 1L));
		assertThat(facet(byLaoWord, "status")).containsExactly(Map.entry("SUBMITTED", 1L));
		assertThat(facet(byLaoWord, "province")).containsExactly(Map.entry("VTE", 1L));
		assertThat(facet(byLaoWord, "year")).containsExactly(Map.entry(Year.now().toString(), 1L));

		// the Lao word alone finds it among the officer's cases, newest first
		JsonNode laoOnly = search(officer, "q=ດິຈິຕອນ&sort=newest&size=100");
		assertThat(caseNumbers(laoOnly)).contains(caseNumber);
		assertThat(laoOnly.path("hits").findValuesAsText("authority")).containsOnly("VTE");

		JsonNode byNumber = search(officer, "q=" + caseNumber);
		assertThat(caseNumbers(byNumber)).first().isEqualTo(caseNumber);

		JsonNode byAttachment = search(officer, "q=" + attachmentWord);
		assertThat(caseNumbers(byAttachment)).containsExactly(caseNumber);
		assertThat(byAttachment.path("hits").get(0).path("highlights").toString())
			.contains("<em>" + attachmentWord + "</em>");
	}

	@Test
	void keepsAnotherProvincesCaseOutOfAnOfficersSearchHitsTotalsAndFacets() {
		String marker = marker();
		ApiClient applicant = as("applicant");
		String caseNumber = newApplication(applicant, validForm().put("companyNameEn", "Lao Digital " + marker));
		assertThat(applicant.submitWithDocuments(caseNumber).status()).isEqualTo(200);
		// the case is in the index: its own province and the administrator find it
		assertThat(search(as("officer.vte"), "q=" + marker).path("total").asLong()).isEqualTo(1);
		assertThat(caseNumbers(search(as("admin"), "q=" + marker))).containsExactly(caseNumber);

		ApiClient luangPrabang = as("officer.lpb");
		for (String query : List.of("q=" + marker, "q=" + caseNumber, "q=ດິຈິຕອນ " + marker,
				"q=" + marker + "&province=VTE")) {
			JsonNode found = search(luangPrabang, query);
			assertThat(found.path("total").asLong()).as(query).isZero();
			assertThat(found.path("hits")).as(query).isEmpty();
			for (String key : List.of("type", "status", "province", "year")) {
				assertThat(found.path("facets").path(key)).as(query + " " + key).isEmpty();
			}
		}
		JsonNode everything = search(luangPrabang, "size=100");
		assertThat(caseNumbers(everything)).doesNotContain(caseNumber);
		assertThat(everything.path("hits").findValuesAsText("authority")).allMatch("LPB"::equals);
		assertThat(facet(everything, "province")).doesNotContainKey("VTE");
		assertThat(facet(everything, "type").values().stream().mapToLong(Long::longValue).sum())
			.as("the facets count only what the total counts")
			.isEqualTo(everything.path("total").asLong());
	}

	@Test
	void refusesTheCaseSearchToApplicantsAndToVisitorsWhoAreNotSignedIn() {
		Answer applicant = as("applicant", "lo").get("/api/v1/search?q=ດິຈິຕອນ");
		assertThat(applicant.status()).as(applicant.toString()).isEqualTo(403);
		assertThat(applicant.headers().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
		assertThat(applicant.json().path("code").asText()).isEqualTo("search.staffOnly");
		assertThat(applicant.json().path("detail").asText()).matches(".*[\\u0E80-\\u0EFF].*");

		assertThat(anonymous().get("/api/v1/search?q=ດິຈິຕອນ").status()).isEqualTo(401);
	}

	@Test
	void answersBadSearchesWithAProblemThatSaysWhatToType() {
		ApiClient officer = as("officer.vte", "lo");
		Answer nothingToSearch = officer.get("/api/v1/search?q=!!!");
		assertThat(nothingToSearch.status()).as(nothingToSearch.toString()).isEqualTo(400);
		assertThat(nothingToSearch.json().path("code").asText()).isEqualTo("search.nothingToSearch");
		assertThat(nothingToSearch.json().path("detail").asText()).matches(".*[\\u0E80-\\u0EFF].*");
		assertThat(nothingToSearch.json().path("errors").findValuesAsText("field")).containsExactly("q");

		Answer blank = as("officer.vte").get("/api/v1/search?q=   ");
		assertThat(blank.status()).as(blank.toString()).isEqualTo(400);
		assertThat(blank.json().path("code").asText()).isEqualTo("search.blank");
		assertThat(blank.json().path("detail").asText()).isNotBlank().doesNotMatch(".*[\\u0E80-\\u0EFF].*");

		Answer tooLong = officer.get("/api/v1/search?q=" + "x".repeat(201));
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.json().path("code").asText()).isEqualTo("search.tooLong");

		Answer sort = officer.get("/api/v1/search?q=ລາວ&sort=sideways");
		assertThat(sort.status()).isEqualTo(400);
		assertThat(sort.json().path("code").asText()).isEqualTo("search.sort");

		Answer size = officer.get("/api/v1/search?size=1000");
		assertThat(size.status()).isEqualTo(400);
		assertThat(size.json().path("code").asText()).isEqualTo("search.paging");

		Answer status = officer.get("/api/v1/search?status=LOST");
		assertThat(status.status()).isEqualTo(400);
		assertThat(status.json().path("code").asText()).isEqualTo("request.typeMismatch");

		Answer register = anonymous().get("/api/v1/register?q=!!!");
		assertThat(register.status()).as(register.toString()).isEqualTo(400);
		assertThat(register.json().path("code").asText()).isEqualTo("search.nothingToSearch");
		assertThat(register.json().path("detail").asText()).isNotBlank();
	}

	@Test
	void showsOnlyThePublicFieldsOfALicenceInTheRegisterWithoutSignIn() {
		String licenceNumber = approvedLicence(as("applicant"));

		Answer byNumber = anonymous().get("/api/v1/register?q=" + licenceNumber);
		assertThat(byNumber.status()).as(byNumber.toString()).isEqualTo(200);
		assertThat(byNumber.json().path("entries").findValuesAsText("licenceNumber")).containsExactly(licenceNumber);
		assertThat(byNumber.json().path("total").asLong()).isEqualTo(1);
		assertThat(byNumber.json().path("page").asInt()).isZero();
		assertThat(byNumber.json().path("size").asInt()).isEqualTo(20);
		JsonNode entry = byNumber.json().path("entries").get(0);
		List<String> fields = new ArrayList<>();
		entry.fieldNames().forEachRemaining(fields::add);
		assertThat(fields).containsExactlyInAnyOrder("licenceNumber", "holderNameLo", "holderNameEn", "licenceType",
				"licenceTypeName", "status", "statusLabel", "issuedOn", "validUntil", "authority", "authorityName",
				"verificationUrl", "suspendedUntil", "reasonCategory", "reasonLabel");
		assertThat(byNumber.text()).doesNotContain("\"companyId\"", "\"caseId\"", "\"formData\"", "\"caseNumber\"");
		assertThat(entry.path("holderNameLo").asText()).isEqualTo("ບໍລິສັດ ລາວ ດິຈິຕອນ ຈຳກັດ");
		assertThat(entry.path("holderNameEn").asText()).isEqualTo("Lao Digital Co., Ltd.");
		assertThat(entry.path("licenceType").asText()).isEqualTo("ICT-SOFT");
		assertThat(entry.path("status").asText()).isEqualTo("VALID");
		assertThat(entry.path("authority").asText()).isEqualTo("VTE");
		assertThat(entry.path("issuedOn").asText()).isLessThan(entry.path("validUntil").asText());
		assertThat(entry.path("verificationUrl").asText()).isEqualTo("/verify/" + licenceNumber);

		// a Lao word of the holder's name, with every filter that fits
		Answer filtered = anonymous()
			.get("/api/v1/register?q=ດິຈິຕອນ&type=ICT-SOFT&province=VTE&status=VALID&size=100");
		assertThat(filtered.status()).as(filtered.toString()).isEqualTo(200);
		assertThat(filtered.json().path("entries").findValuesAsText("licenceNumber")).contains(licenceNumber);
		assertThat(filtered.json().path("entries").findValuesAsText("status")).containsOnly("VALID");
		assertThat(filtered.json().path("entries").findValuesAsText("authority")).containsOnly("VTE");
		// and filters that do not
		for (String other : List.of("status=REVOKED", "province=LPB", "type=ICT-ISP1")) {
			Answer excluded = anonymous().get("/api/v1/register?q=" + licenceNumber + "&" + other);
			assertThat(excluded.status()).as(other).isEqualTo(200);
			assertThat(excluded.json().path("total").asLong()).as(other).isZero();
		}
	}

	@Test
	void opensTheRegisterPageWithoutSignInButNotTheCaseSearch() {
		Answer register = anonymous().get("/register", MediaType.TEXT_HTML);
		assertThat(register.status()).as(register.toString()).isEqualTo(200);
		Answer search = anonymous().get("/search?q=x", MediaType.TEXT_HTML);
		assertThat(search.status()).isEqualTo(302);
		assertThat(search.headers().getLocation().getPath()).endsWith("/login");
	}

	// --- rules the API enforces as the browser does (bad input stores nothing) ---

	@Test
	void refusesToSubmitWithoutTheRequiredDocumentsAndListsThemInLaoAndEnglish() throws IOException {
		ApiClient applicant = as("applicant", "lo");
		String caseNumber = newApplication(applicant);
		assertThat(applicant
			.upload(applicationPath(caseNumber) + "/documents", "registration.pdf", ApiClient.pdf("Registration"),
					"enterprise-registration")
			.status()).isEqualTo(201);

		Answer checklist = applicant.get(applicationPath(caseNumber) + "/checklist");
		assertThat(checklist.status()).as(checklist.toString()).isEqualTo(200);
		assertThat(checklist.json().path("complete").asBoolean()).isFalse();
		JsonNode registration = checklist.json().path("documents").get(0);
		assertThat(registration.path("type").asText()).isEqualTo("enterprise-registration");
		assertThat(registration.path("required").asBoolean()).isTrue();
		assertThat(registration.path("fileName").asText()).isEqualTo("registration.pdf");
		assertThat(registration.path("name").asText()).isEqualTo(registration.path("nameLo").asText());
		assertThat(checklist.json().path("documents").get(1).path("documentId").isNull()).isTrue();

		Answer refused = applicant.post(applicationPath(caseNumber) + "/submit", null);
		assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
		assertThat(refused.headers().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
		assertThat(refused.json().path("code").asText()).isEqualTo("application.documentsMissing");
		assertThat(refused.json().path("detail").asText()).contains("ໃບທະບຽນອາກອນ", "ແຜນທຸລະກິດ");
		JsonNode missing = refused.json().path("missingDocuments");
		assertThat(missing.findValuesAsText("type")).containsExactly("tax-registration", "director-id",
				"business-plan");
		assertThat(missing.findValuesAsText("nameEn")).contains("Tax registration certificate", "Business plan");
		assertThat(missing.findValuesAsText("nameLo")).contains("ໃບທະບຽນອາກອນ", "ແຜນທຸລະກິດ");
		assertThat(caseOf(applicant, caseNumber).path("status").asText()).isEqualTo("DRAFT");
		assertThat(as("officer.vte").get("/api/v1/cases/" + caseNumber).status()).isEqualTo(404);

		assertThat(applicant.submitWithDocuments(caseNumber).status()).isEqualTo(200);
		assertThat(applicant.get(applicationPath(caseNumber) + "/checklist").json().path("complete").asBoolean())
			.isTrue();
	}

	@Test
	void refusesFormTextWithControlBidiOrNothingButInvisibleCharactersAndStoresNoCase() {
		ApiClient applicant = as("applicant");
		int before = applicant.get("/api/v1/cases").json().size();
		Map<String, String> bad = Map.of("companyNameLo", "ບໍລິສັດ\u0000ລາວ", "companyNameEn", "\u200B\u200B",
				"contactName", "\u0EB1\u0EC9", "address", "ຖະໜົນ \u202Eລ້ານຊ້າງ", "village", "\u2066ຫັດສະດີ\u2069");
		ObjectNode form = validForm();
		bad.forEach(form::put);
		Answer refused = applicant.post("/api/v1/applications",
				Map.of("licenceType", "ICT-SOFT", "province", "VTE", "form", form));
		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.json().path("errors").findValuesAsText("field"))
			.containsExactlyInAnyOrderElementsOf(bad.keySet());
		for (JsonNode error : refused.json().path("errors")) {
			assertThat(error.path("messageEn").asText()).containsAnyOf("control character", "text direction control",
					"only invisible characters");
			assertThat(error.path("messageLo").asText()).matches(".*[\\u0E80-\\u0EFF].*");
		}
		// Lao with its vowels, tone marks and zero-width spaces is fine
		String caseNumber = newApplication(applicant,
				validForm().put("companyNameLo", "ບໍລິສັດ\u200Bລາວ\u200Bດິຈິຕອນ ຈຳກັດ")
					.put("contactName", "ທ້າວ ສົມສັກ"));
		assertThat(applicant.get("/api/v1/cases").json().size()).isEqualTo(before + 1);
		assertThat(applicant.get("/api/v1/cases").json().findValuesAsText("caseNumber")).contains(caseNumber);
	}

	@Test
	void refusesAPlannedStartOutsideTheFormsRangeAndStoresNoCase() {
		ApiClient applicant = as("applicant", "lo");
		int before = applicant.get("/api/v1/cases").json().size();
		for (String date : List.of("1999-01-15", "9999-12-31")) {
			Answer refused = applicant.post("/api/v1/applications", Map.of("licenceType", "ICT-SOFT", "province", "VTE",
					"form", validForm().put("plannedStartDate", date)));
			assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
			JsonNode error = refused.json().path("errors").get(0);
			assertThat(error.path("field").asText()).isEqualTo("plannedStartDate");
			assertThat(error.path("messageEn").asText()).startsWith("Planned start date must be on or");
			assertThat(error.path("messageLo").asText()).startsWith("ວັນທີຄາດວ່າຈະເລີ່ມດຳເນີນທຸລະກິດ ຕ້ອງບໍ່");
		}
		assertThat(applicant.get("/api/v1/cases").json().size()).isEqualTo(before);
	}

	@Test
	void refusesDocumentTypesOffTheChecklistAndUnsafeOrOverlongFileNamesAndStoresNoDocument() throws IOException {
		ApiClient applicant = as("applicant");
		String caseNumber = newApplication(applicant);
		String documents = applicationPath(caseNumber) + "/documents";
		byte[] pdf = ApiClient.pdf("Business plan");

		Answer unknownType = applicant.upload(documents, "plan.pdf", pdf, "passport");
		assertThat(unknownType.status()).as(unknownType.toString()).isEqualTo(400);
		assertThat(unknownType.json().path("code").asText()).isEqualTo("document.unknownType");
		assertThat(unknownType.json().path("detail").asText())
			.contains("enterprise-registration, tax-registration, director-id, business-plan, other");
		Answer longType = applicant.upload(documents, "plan.pdf", pdf, "business-plan".repeat(10));
		assertThat(longType.status()).as(longType.toString()).isEqualTo(400);
		assertThat(longType.json().path("code").asText()).isEqualTo("document.unknownType");

		for (int length : List.of(301, 5000)) {
			Answer longName = applicant.upload(documents, "x".repeat(length) + ".pdf", pdf, "business-plan");
			assertThat(longName.status()).as(longName.toString()).isEqualTo(400);
			assertThat(longName.json().path("code").asText()).isEqualTo("document.fileNameTooLong");
			assertThat(longName.json().path("detail").asText()).contains("file name is too long")
				.doesNotContain("too large");
		}
		Answer fakeExtension = applicant.upload(documents, "plan\u202Efdp.exe", pdf, "business-plan");
		assertThat(fakeExtension.status()).as(fakeExtension.toString()).isEqualTo(400);
		assertThat(fakeExtension.json().path("code").asText()).isEqualTo("document.fileNameUnsafe");
		assertThat(applicant.get(documents).json()).isEmpty();

		Answer withFolders = applicant.upload(documents, "C:\\Users\\somsak\\plan.pdf", pdf, "business-plan");
		assertThat(withFolders.status()).as(withFolders.toString()).isEqualTo(201);
		assertThat(withFolders.json().path("fileName").asText()).isEqualTo("plan.pdf");
		assertThat(applicant.get(documents).json().findValuesAsText("fileName")).containsExactly("plan.pdf");
	}

	@Test
	void answersAFileOverTheLimitWith413AndStoresNothing() {
		ApiClient applicant = as("applicant");
		String caseNumber = newApplication(applicant);
		String documents = applicationPath(caseNumber) + "/documents";
		byte[] overDomainLimit = new byte[21 * 1024 * 1024];
		System.arraycopy(ApiClient.png(), 0, overDomainLimit, 0, ApiClient.png().length);
		Answer tooLarge = applicant.upload(documents, "plan.png", overDomainLimit, "business-plan");
		assertThat(tooLarge.status()).as(tooLarge.toString()).isEqualTo(413);
		assertThat(tooLarge.json().path("code").asText()).isEqualTo("document.tooLarge");
		// over the container's multipart limit (and within what it reads to the end to
		// answer)
		Answer farTooLarge = applicant.upload(documents, "plan.png", new byte[27 * 1024 * 1024], "business-plan");
		assertThat(farTooLarge.status()).as(farTooLarge.toString()).isEqualTo(413);
		assertThat(farTooLarge.json().path("code").asText()).isEqualTo("request.tooLarge");
		assertThat(applicant.get(documents).json()).isEmpty();
	}

	@Test
	void answersAWrongContentTypeWith415AndAWrongMethodWith405() {
		ApiClient applicant = as("applicant");
		int before = applicant.get("/api/v1/cases").json().size();
		Answer wrongType = applicant.post("/api/v1/applications", MediaType.TEXT_PLAIN, "licenceType=ICT-SOFT");
		assertThat(wrongType.status()).as(wrongType.toString()).isEqualTo(415);
		assertThat(wrongType.json().path("code").asText()).isEqualTo("request.unsupportedMediaType");
		assertThat(wrongType.headers().getAccept()).contains(MediaType.APPLICATION_JSON);
		Answer formPost = applicant.post("/api/v1/applications", MediaType.APPLICATION_FORM_URLENCODED, "a=b");
		assertThat(formPost.status()).as(formPost.toString()).isEqualTo(415);
		assertThat(applicant.get("/api/v1/cases").json().size()).isEqualTo(before);

		Answer wrongMethod = applicant.request(HttpMethod.DELETE, "/api/v1/tasks");
		assertThat(wrongMethod.status()).as(wrongMethod.toString()).isEqualTo(405);
		assertThat(wrongMethod.json().path("code").asText()).isEqualTo("request.methodNotAllowed");
		assertThat(wrongMethod.headers().getAllow()).containsExactly(HttpMethod.GET);
		Answer putOnApplications = applicant.request(HttpMethod.PUT, "/api/v1/applications");
		assertThat(putOnApplications.status()).isEqualTo(405);
		assertThat(putOnApplications.headers().getAllow()).contains(HttpMethod.POST);

		assertThat(applicant.get("/api/v1/no-such-thing").status()).isEqualTo(404);
	}

	@Test
	void refusesATaskCompletionWithoutAnOutcomeAndAnUnsafeNoteAndChangesNothing() {
		ApiClient applicant = as("applicant");
		String caseNumber = newApplication(applicant);
		assertThat(applicant.submitWithDocuments(caseNumber).status()).isEqualTo(200);
		ApiClient officer = as("officer.vte", "lo");
		JsonNode task = taskOf(officer, caseNumber, "userTask_checkCompleteness");
		String complete = "/api/v1/tasks/" + task.path("taskId").asText() + "/complete";

		Answer empty = officer.post(complete, Map.of());
		assertThat(empty.status()).as(empty.toString()).isEqualTo(400);
		assertThat(empty.json().path("code").asText()).isEqualTo("task.outcomeMissing");
		assertThat(empty.json().path("errors").findValuesAsText("field")).containsExactly("outcome");
		assertThat(empty.json().path("detail").asText()).matches(".*[\\u0E80-\\u0EFF].*");
		Answer bidiQuestion = officer.post(complete,
				Map.of("outcome", "request-info", "comment", "Send \u202Efdp.exe please"));
		assertThat(bidiQuestion.status()).as(bidiQuestion.toString()).isEqualTo(400);
		assertThat(bidiQuestion.json().path("code").asText()).isEqualTo("text.unsafe");
		assertThat(taskOf(officer, caseNumber, "userTask_checkCompleteness").path("taskId").asText())
			.isEqualTo(task.path("taskId").asText());
		assertThat(caseOf(applicant, caseNumber).path("status").asText()).isEqualTo("SUBMITTED");

		Answer nulNote = officer.post("/api/v1/cases/" + caseNumber + "/notes", Map.of("text", "checked\u0000"));
		assertThat(nulNote.status()).as(nulNote.toString()).isEqualTo(400);
		assertThat(nulNote.json().path("code").asText()).isEqualTo("text.unsafe");
		assertThat(caseOf(officer, caseNumber).path("notes")).isEmpty();
	}

	@Test
	void refusesASignUpWithoutTheRequiredCompanyDetailsInBothLanguagesAndStoresNoAccount() {
		String username = "emptybiz" + Long.toString(System.nanoTime(), 36);
		SignUpForm empty = new SignUpForm(username, "correct horse", username + "@example.la", "ບໍລິສັດ ທົດລອງ ຈຳກັດ",
				"", "", "", "VTE", " ", "", "");
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.applicantSignUp.signUp(empty, ApiLanguage.LAO))
			.satisfies((ex) -> {
				assertThat(ex.fieldErrors()).extracting(FieldError::field)
					.contains("registrationNumber", "address", "contactName", "phone");
				assertThat(ex.fieldErrors()).allSatisfy((error) -> {
					assertThat(error.message().lo()).matches(".*[\\u0E80-\\u0EFF].*");
					assertThat(error.message().en()).isNotBlank();
				});
			});
		SignUpForm unsafe = new SignUpForm(username, "correct horse", username + "@example.la", "ບໍລິສັດ ທົດລອງ ຈຳກັດ",
				"Test \u202ECo", "01-0099999", "", "VTE", "ບ້ານ ໂພນໄຊ\u0000", "\u200B", "+856 20 1234");
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.applicantSignUp.signUp(unsafe, ApiLanguage.LAO))
			.satisfies((ex) -> assertThat(ex.fieldErrors()).extracting(FieldError::field)
				.containsExactlyInAnyOrder("companyNameEn", "address", "contactName"));
		assertThat(this.parties.accountByUsername(username)).isEmpty();
		assertThat(this.notifications.unsent()).noneMatch((mail) -> mail.getRecipient().startsWith(username));
	}

	@Test
	void describesEveryRefusalWithTheProblemSchemaAndCreationsAs201() {
		JsonNode description = anonymous().get("/v3/api-docs").json();
		int operations = 0;
		for (Map.Entry<String, JsonNode> path : description.path("paths").properties()) {
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				String name = operation.getKey() + " " + path.getKey();
				JsonNode responses = operation.getValue().path("responses");
				List<String> codes = new ArrayList<>();
				responses.fieldNames().forEachRemaining(codes::add);
				assertThat(codes).as(name).contains("400", "401", "403", "404");
				for (String code : codes) {
					if (code.startsWith("4")) {
						JsonNode content = responses.path(code).path("content");
						assertThat(content.path("application/problem+json").path("schema").path("$ref").asText())
							.as(name + " " + code)
							.isEqualTo("#/components/schemas/Problem");
						assertThat(content.size()).as(name + " " + code).isEqualTo(1);
					}
				}
				assertThat(codes.contains("200") && codes.contains("201")).as(name + ": 200 or 201, not both")
					.isFalse();
				operations++;
			}
		}
		assertThat(operations).isGreaterThan(15);
		JsonNode paths = description.path("paths");
		assertThat(paths.path("/api/v1/applications").path("post").path("responses").has("201")).isTrue();
		assertThat(paths.path("/api/v1/applications/{caseNumber}/documents").path("post").path("responses").has("201"))
			.isTrue();
		assertThat(paths.path("/api/v1/cases/{caseNumber}/notes").path("post").path("responses").has("201")).isTrue();
		assertThat(paths.path("/api/v1/applications/{caseNumber}/submit").path("post").path("responses").has("409"))
			.isTrue();

		JsonNode schemas = description.path("components").path("schemas");
		assertThat(schemas.path("Problem").path("properties").has("code")).isTrue();
	}

	/**
	 * The mail to the recipient whose subject names the case or licence and contains the
	 * words, written by this test's server (the two databases' runs share the SMTP server
	 * and number their cases alike).
	 */
	private Mail mailAbout(String recipient, String number, String words) {
		return TestMailServer.awaitMail(recipient, (mail) -> mail.subject().contains(number)
				&& mail.subject().contains(words) && mail.body().contains("http://localhost:" + this.port + "/"),
				MAIL_TIMEOUT);
	}

	/**
	 * The link in the mail to the path, checked to lead to this test's server.
	 */
	private String linkIn(Mail mail, String path) {
		String link = "http://localhost:" + this.port + path;
		assertThat(mail.body()).contains(link);
		return link;
	}

	private String newApplication(ApiClient applicant) {
		return newApplication(applicant, validForm());
	}

	private String newApplication(ApiClient applicant, ObjectNode form) {
		Answer created = applicant.post("/api/v1/applications",
				Map.of("licenceType", "ICT-SOFT", "province", "VTE", "form", form));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.json().path("status").asText()).isEqualTo("DRAFT");
		String caseNumber = created.json().path("caseNumber").asText();
		assertThat(created.headers().getLocation()).hasToString("/api/v1/cases/" + caseNumber);
		return caseNumber;
	}

	/**
	 * A case through to its licence, the shortest way.
	 */
	private String approvedLicence(ApiClient applicant) {
		String caseNumber = newApplication(applicant);
		assertThat(applicant.submitWithDocuments(caseNumber).status()).isEqualTo(200);
		ApiClient officer = as("officer.vte");
		completeTask(officer, caseNumber, "userTask_checkCompleteness", "complete", null);
		completeTask(officer, caseNumber, "userTask_studyApplication", "recommend-approve",
				"The company meets the requirements for software services.");
		completeTask(as("deputy.vte"), caseNumber, "userTask_decideApplication", "approve", "Approved.");
		payFee(applicant, caseNumber);
		JsonNode approved = caseOf(applicant, caseNumber);
		assertThat(approved.path("status").asText()).isEqualTo("APPROVED");
		return approved.path("licenceNumber").asText();
	}

	/**
	 * Pays the fee of the approved case as the e-payment provider confirms it: a callback
	 * signed with the demo profile's provider secret.
	 */
	private void payFee(ApiClient applicant, String caseNumber) {
		PaymentProvider.Sent paid = new PaymentProvider(this.port, PaymentProvider.DEMO_SECRET).payInvoiceOf(applicant,
				caseNumber);
		assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
	}

	private static JsonNode search(ApiClient actor, String query) {
		Answer answer = actor.get("/api/v1/search?" + query);
		assertThat(answer.status()).as(query + ": " + answer).isEqualTo(200);
		return answer.json();
	}

	private static List<String> caseNumbers(JsonNode found) {
		return found.path("hits").findValuesAsText("caseNumber");
	}

	private static Map<String, Long> facet(JsonNode found, String key) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (JsonNode count : found.path("facets").path(key)) {
			counts.put(count.path("value").asText(), count.path("count").asLong());
		}
		return counts;
	}

	/**
	 * A word that no other case contains, for searches that must find exactly one case.
	 */
	private static String marker() {
		return "zq" + Long.toString(System.nanoTime(), 36);
	}

	private static ObjectNode validForm() {
		return ApplicationForms.validSoftwareApplication();
	}

	private void completeTask(ApiClient actor, String caseNumber, String taskKey, String outcome, String comment) {
		JsonNode task = taskOf(actor, caseNumber, taskKey);
		assertThat(task).as(taskKey + " of " + caseNumber).isNotNull();
		ObjectNode completion = JSON.createObjectNode().put("outcome", outcome).put("comment", comment);
		Answer completed = actor.post("/api/v1/tasks/" + task.path("taskId").asText() + "/complete", completion);
		assertThat(completed.status()).as(completed.toString()).isEqualTo(204);
	}

	private static JsonNode taskOf(ApiClient actor, String caseNumber, String taskKey) {
		Answer tasks = actor.get("/api/v1/tasks?caseNumber=" + caseNumber);
		assertThat(tasks.status()).as(tasks.toString()).isEqualTo(200);
		for (JsonNode task : tasks.json()) {
			if (task.path("caseNumber").asText().equals(caseNumber) && task.path("taskKey").asText().equals(taskKey)) {
				assertThat(task.path("due").isNull()).as("due date of " + taskKey).isFalse();
				return task;
			}
		}
		return null;
	}

	private static JsonNode caseOf(ApiClient actor, String caseNumber) {
		Answer answer = actor.get("/api/v1/cases/" + caseNumber);
		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		return answer.json();
	}

	private static String applicationPath(String caseNumber) {
		return "/api/v1/applications/" + caseNumber;
	}

	private ApiClient as(String username) {
		return as(username, null);
	}

	private ApiClient as(String username, String language) {
		return ApiClient.as(this.port, username, PASSWORD, language);
	}

	/**
	 * The certificate file is checked as uploaded: genuine as issued, not genuine once an
	 * incremental update paints another holder, nor as random bytes; its QR code's token
	 * verifies with the published keys and a tampered one does not.
	 */
	private void certificateProvesItself(String licenceNumber, byte[] certificate) throws Exception {
		Answer genuine = anonymous().uploadFile("/verify", "certificate.pdf", certificate, MediaType.APPLICATION_JSON);
		assertThat(genuine.status()).as(genuine.toString()).isEqualTo(200);
		assertThat(genuine.json().path("outcome").asText()).isEqualTo("CURRENT");
		assertThat(genuine.json().path("genuine").asBoolean()).isTrue();
		assertThat(genuine.json().path("licenceNumber").asText()).isEqualTo(licenceNumber);
		assertThat(genuine.json().path("status").asText()).isEqualTo("VALID");
		byte[] altered = withAnotherHolder(certificate);
		Answer alteredAnswer = anonymous().uploadFile("/verify", "certificate.pdf", altered, MediaType.TEXT_HTML);
		assertThat(alteredAnswer.status()).isEqualTo(200);
		assertThat(alteredAnswer.text()).contains("data-outcome=\"NOT_GENUINE\"", "ບໍ່ແທ້",
				"not a genuine certificate");
		byte[] noise = new byte[4096];
		new java.util.Random(3).nextBytes(noise);
		Answer random = anonymous().uploadFile("/verify", "certificate.pdf", noise, MediaType.APPLICATION_JSON);
		assertThat(random.json().path("genuine").asBoolean()).isFalse();
		assertThat(random.json().path("outcome").asText()).isIn("NOT_A_PDF", "NOT_GENUINE");
		Answer form = anonymous().get("/verify", MediaType.TEXT_HTML);
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.text()).contains("enctype=\"multipart/form-data\"", "/.well-known/jwks.json");

		String qr;
		try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(certificate)) {
			java.awt.image.BufferedImage image = new org.apache.pdfbox.rendering.PDFRenderer(document)
				.renderImageWithDPI(0, 150);
			int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
			qr = new com.google.zxing.qrcode.QRCodeReader()
				.decode(new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(
						new com.google.zxing.RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))),
						Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, true))
				.getText();
		}
		String prefix = "http://localhost:" + this.port + "/verify/" + licenceNumber + "?t=";
		assertThat(qr).startsWith(prefix);
		String token = qr.substring(prefix.length());
		Answer keys = anonymous().get("/.well-known/jwks.json", MediaType.ALL);
		assertThat(keys.status()).isEqualTo(200);
		assertThat(keys.headers().getCacheControl()).contains("public");
		com.nimbusds.jwt.SignedJWT jwt = com.nimbusds.jwt.SignedJWT.parse(token);
		com.nimbusds.jose.jwk.ECKey key = (com.nimbusds.jose.jwk.ECKey) com.nimbusds.jose.jwk.JWKSet.parse(keys.text())
			.getKeyByKeyId(jwt.getHeader().getKeyID());
		assertThat(jwt.verify(new com.nimbusds.jose.crypto.ECDSAVerifier(key))).isTrue();
		assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo(licenceNumber);
		assertThat(jwt.getJWTClaimsSet().getStringClaim("hol")).isEqualTo("ບໍລິສັດ ລາວ ດິຈິຕອນ ຈຳກັດ");
		Answer scanned = anonymous().get(qr.substring(("http://localhost:" + this.port).length()),
				MediaType.APPLICATION_JSON);
		assertThat(scanned.json().path("token").path("valid").asBoolean()).isTrue();
		assertThat(scanned.json().path("token").path("claims").path("validUntil").asText()).isNotBlank();
		Answer scannedPage = anonymous().get(qr.substring(("http://localhost:" + this.port).length()),
				MediaType.TEXT_HTML);
		assertThat(scannedPage.text()).contains("data-token=\"VALID\"", "ບໍລິສັດ ລາວ ດິຈິຕອນ ຈຳກັດ");
		String[] parts = token.split("\\.");
		String forgedPayload = java.util.Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(new String(java.util.Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
				.replace("ບໍລິສັດ ລາວ ດິຈິຕອນ ຈຳກັດ", "ບໍລິສັດ ອື່ນ ຈຳກັດ")
				.getBytes(StandardCharsets.UTF_8));
		Answer forged = anonymous().get(
				"/verify/" + licenceNumber + "?t=" + parts[0] + "." + forgedPayload + "." + parts[2],
				MediaType.APPLICATION_JSON);
		assertThat(forged.json().path("token").path("valid").asBoolean()).isFalse();
	}

	/** An incremental update that paints another holder's name over the page. */
	private static byte[] withAnotherHolder(byte[] pdf) throws IOException {
		try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			org.apache.pdfbox.pdmodel.PDPage page = document.getPage(0);
			try (org.apache.pdfbox.pdmodel.PDPageContentStream stream = new org.apache.pdfbox.pdmodel.PDPageContentStream(
					document, page, org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode.APPEND, true)) {
				stream.beginText();
				stream.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
						org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA_BOLD), 11);
				stream.newLineAtOffset(228, 490);
				stream.showText("Someone Else Trading Co.");
				stream.endText();
			}
			page.getCOSObject().setNeedToBeUpdated(true);
			page.getResources().getCOSObject().setNeedToBeUpdated(true);
			java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
			document.saveIncremental(out);
			return out.toByteArray();
		}
	}

	private ApiClient anonymous() {
		return ApiClient.as(this.port, null, null, null);
	}

	private static byte[] zip() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("business-plan.txt"));
			zip.write("not a PDF".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}

	/**
	 * The start of a Windows program: the "MZ" DOS header pointing to a "PE" header.
	 */
	private static byte[] windowsExecutable() {
		byte[] exe = new byte[512];
		exe[0] = 'M';
		exe[1] = 'Z';
		exe[0x3c] = (byte) 0x80;
		exe[0x80] = 'P';
		exe[0x81] = 'E';
		return exe;
	}

	private static String sha256(byte[] content) throws NoSuchAlgorithmException {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
	}

	// Accounts and authentication: throttling, the security log, user names, passwords,
	// access tokens, headers and cookies

	private static final java.util.concurrent.atomic.AtomicInteger CLIENTS = new java.util.concurrent.atomic.AtomicInteger(
			1 + new java.util.Random().nextInt(100));

	@Test
	void throttlesFailedLoginsOfAnAccountRefusesEvenTheRightPasswordAndLogsIt() {
		String username = "throttled" + System.nanoTime() % 1_000_000;
		signUpConfirmed(username, "correct horse battery");
		String address = clientAddress();
		ApiClient guesser = ApiClient.as(this.port, username, "wrong guess", "lo")
			.withHeader("X-Forwarded-For", address);
		for (int attempt = 1; attempt <= 5; attempt++) {
			Answer wrong = guesser.get("/api/v1/cases");
			assertThat(wrong.status()).as("attempt " + attempt + ": " + wrong).isEqualTo(401);
		}
		Answer refused = ApiClient.as(this.port, username, "correct horse battery", "lo")
			.withHeader("X-Forwarded-For", clientAddress())
			.get("/api/v1/cases");
		assertThat(refused.status()).as(refused.toString()).isEqualTo(429);
		assertThat(Long.parseLong(refused.headers().getFirst(HttpHeaders.RETRY_AFTER))).isPositive();
		assertThat(refused.json().path("code").asText()).isEqualTo("auth.throttled");
		assertThat(refused.json().path("detail").asText()).matches(".*[\\u0E80-\\u0EFF].*");

		JsonNode log = as("admin").get("/api/v1/security-log?username=" + username).json();
		assertThat(log.findValuesAsText("kind")).contains("LOGIN_FAILED", "LOGIN_LOCKED", "LOGIN_REFUSED");
		assertThat(log.findValuesAsText("kind").stream().filter("LOGIN_FAILED"::equals)).hasSize(5);
		assertThat(log.findValuesAsText("clientAddress")).as("X-Forwarded-For of the trusted proxy").contains(address);
		assertThat(as("admin").get("/api/v1/security-log?kind=LOGIN_REFUSED&username=" + username).json()).hasSize(1);
		Answer notAdmin = as("officer.vte").get("/api/v1/security-log");
		assertThat(notAdmin.status()).as(notAdmin.toString()).isEqualTo(403);
	}

	@Test
	void throttlesFailedLoginsFromOneClientAddressWhateverTheAccount() {
		String address = clientAddress();
		for (int attempt = 1; attempt <= 20; attempt++) {
			Answer wrong = ApiClient.as(this.port, "nobody" + attempt + "x" + System.nanoTime(), "wrong", null)
				.withHeader("X-Forwarded-For", address)
				.get("/api/v1/cases");
			assertThat(wrong.status()).as("attempt " + attempt + ": " + wrong).isEqualTo(401);
		}
		Answer refused = as("applicant").withHeader("X-Forwarded-For", address).get("/api/v1/cases");
		assertThat(refused.status()).as(refused.toString()).isEqualTo(429);
		assertThat(as("applicant").withHeader("X-Forwarded-For", clientAddress()).get("/api/v1/cases").status())
			.as("the account itself is not locked")
			.isEqualTo(200);
	}

	@Test
	void throttlesFailedLoginsToTheProcessEngineWebappsToo() throws Exception {
		String username = "cockpit" + System.nanoTime() % 1_000_000;
		org.camunda.bpm.engine.identity.User user = this.engineIdentities.newUser(username);
		user.setPassword("correct horse battery");
		this.engineIdentities.saveUser(user);
		String address = clientAddress();
		for (int attempt = 1; attempt <= 5; attempt++) {
			java.net.http.HttpResponse<String> wrong = cockpitLogin(username, "wrong guess", address);
			assertThat(wrong.statusCode()).as("attempt " + attempt + ": " + wrong.headers() + wrong.body())
				.isEqualTo(401);
		}
		java.net.http.HttpResponse<String> refused = cockpitLogin(username, "correct horse battery", address);
		assertThat(refused.statusCode()).as("even the right password waits").isEqualTo(429);
		assertThat(refused.headers().firstValue(HttpHeaders.RETRY_AFTER)).isPresent();
		assertThat(cockpitLogin(username, "correct horse battery", clientAddress()).statusCode())
			.as("still refused from another address: the account waits")
			.isEqualTo(429);

		JsonNode log = as("admin").get("/api/v1/security-log?username=" + username).json();
		assertThat(log.findValuesAsText("kind")).contains("LOGIN_FAILED", "LOGIN_LOCKED", "LOGIN_REFUSED");
		assertThat(log.findValuesAsText("channel")).containsOnly("cockpit");
	}

	/**
	 * A login as the engine webapps' login page does it: a page first, for the session
	 * and its CSRF token, then the form post with the token.
	 */
	private java.net.http.HttpResponse<String> cockpitLogin(String username, String password, String address)
			throws Exception {
		java.net.CookieManager cookies = new java.net.CookieManager();
		java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder().cookieHandler(cookies).build();
		String base = "http://localhost:" + this.port + "/camunda";
		java.net.http.HttpResponse<String> page = client
			.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/api/admin/auth/user/default"))
				.header("X-XSRF-TOKEN", "Fetch")
				.header("X-Forwarded-For", address)
				.GET()
				.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
		String token = page.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
		String form = "username=" + java.net.URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
				+ java.net.URLEncoder.encode(password, StandardCharsets.UTF_8);
		return client.send(java.net.http.HttpRequest
			.newBuilder(java.net.URI.create(base + "/api/admin/auth/user/default/login/cockpit"))
			.header(HttpHeaders.CONTENT_TYPE, "application/x-www-form-urlencoded")
			.header("X-XSRF-TOKEN", token)
			.header("X-Forwarded-For", address)
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString(form))
			.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void logsRefusedActions() {
		String address = clientAddress();
		assertThat(as("officer.lpb").withHeader("X-Forwarded-For", address).get("/engine-rest/engine").status())
			.isEqualTo(403);
		JsonNode log = as("admin").get("/api/v1/security-log?kind=ACCESS_DENIED&address=" + address).json();
		assertThat(log).hasSize(1);
		assertThat(log.get(0).path("username").asText()).isEqualTo("officer.lpb");
		assertThat(log.get(0).path("detail").asText()).contains("/engine-rest/engine");
	}

	@Test
	void refusesUserNamesThatDifferOnlyInCaseOrLookAlikeAndSignsInWhateverTheCase() {
		for (String taken : List.of("Admin", "APPLICANT", "\u0430pplicant", "app1icant", "0fficer.vte",
				"\uFF41\uFF44\uFF4D\uFF49\uFF4E")) {
			assertThat(signUpProblemFields(taken, "correct horse battery")).as(taken).contains("username");
		}
		String username = "LaoNet" + System.nanoTime() % 1_000_000;
		for (String weak : List.of("password", "        ", "short", username, username.toLowerCase() + "2024")) {
			assertThat(signUpProblemFields(username, weak)).as("password '" + weak + "'").containsExactly("password");
		}
		signUpConfirmed(username, "correct horse battery");
		Answer signedIn = ApiClient.as(this.port, username.toUpperCase(), "correct horse battery", null)
			.get("/api/v1/cases");
		assertThat(signedIn.status()).as(signedIn.toString()).isEqualTo(200);
		assertThat(signUpProblemFields(username.toUpperCase(), "correct horse battery")).contains("username");
	}

	@Test
	void issuesScopedBearerTokensThatActAsTheAccountUntilRevoked() {
		ApiClient admin = as("admin");
		Answer created = admin.post("/api/v1/access-tokens", Map.of("name", "benchmark", "username", "officer.vte",
				"roles", List.of("SECTION_OFFICER"), "expiresInDays", 30));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		JsonNode token = created.json();
		assertThat(token.path("name").asText()).isEqualTo("benchmark");
		assertThat(token.path("username").asText()).isEqualTo("officer.vte");
		assertThat(token.path("roles").get(0).asText()).isEqualTo("SECTION_OFFICER");
		assertThat(token.path("authorityCode").asText()).isEqualTo("VTE");
		assertThat(token.path("expiresAt").asText()).isNotBlank();
		String secret = token.path("token").asText();
		assertThat(secret).hasSizeGreaterThan(40);

		ApiClient service = ApiClient.bearer(this.port, secret);
		Answer tasks = service.get("/api/v1/tasks");
		assertThat(tasks.status()).as(tasks.toString()).isEqualTo(200);
		assertThat(service.get("/api/v1/licence-types").status()).isEqualTo(200);
		assertThat(service.get("/engine-rest/engine").status()).isEqualTo(403);
		assertThat(service.post("/api/v1/access-tokens", Map.of("name", "x", "username", "officer.vte")).status())
			.isEqualTo(403);

		Answer listed = admin.get("/api/v1/access-tokens");
		assertThat(listed.status()).isEqualTo(200);
		assertThat(listed.json().findValuesAsText("name")).contains("benchmark");
		assertThat(listed.text()).doesNotContain(secret).doesNotContain("\"token\"");

		Answer allRoles = admin.post("/api/v1/access-tokens", Map.of("name", "all roles", "username", "leader.vte"));
		assertThat(allRoles.status()).as(allRoles.toString()).isEqualTo(201);
		assertThat(allRoles.json().path("roles").get(0).asText()).isEqualTo("LEADERSHIP");
		Answer moreRoles = admin.post("/api/v1/access-tokens",
				Map.of("name", "too much", "username", "officer.vte", "roles", List.of("LEADERSHIP")));
		assertThat(moreRoles.status()).as(moreRoles.toString()).isEqualTo(400);
		assertThat(moreRoles.json().path("errors").findValuesAsText("field")).contains("roles");
		assertThat(as("officer.vte").post("/api/v1/access-tokens", Map.of("name", "x", "username", "officer.vte"))
			.status()).isEqualTo(403);

		Answer adminToken = admin.post("/api/v1/access-tokens", Map.of("name", "admin", "username", "admin"));
		Answer byBearer = ApiClient.bearer(this.port, adminToken.json().path("token").asText())
			.post("/api/v1/access-tokens", Map.of("name", "by bearer", "username", "applicant"));
		assertThat(byBearer.status()).as(byBearer.toString()).isEqualTo(201);

		String id = token.path("id").asText();
		assertThat(admin.request(HttpMethod.DELETE, "/api/v1/access-tokens/" + id).status()).isEqualTo(204);
		Answer revoked = service.get("/api/v1/tasks");
		assertThat(revoked.status()).as(revoked.toString()).isEqualTo(401);
		assertThat(revoked.json().path("code").asText()).isEqualTo("auth.invalidToken");
		assertThat(revoked.headers().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
		assertThat(ApiClient.bearer(this.port, "anuyat_not-a-token").get("/api/v1/tasks").status()).isEqualTo(401);
		assertThat(this.auditTrail.entriesFor("accessToken", id)).extracting("action")
			.containsExactly("accessToken.created", "accessToken.revoked");
	}

	@Test
	void sendsSecurityHeadersAndALaxSessionCookieThatIsSecureBehindATlsProxy() {
		Answer page = anonymous().get("/login", MediaType.TEXT_HTML);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.headers().getFirst("Content-Security-Policy")).contains("default-src 'self'",
				"script-src 'self' 'unsafe-inline' 'unsafe-eval'", "style-src 'self' 'unsafe-inline'",
				"frame-ancestors 'self'");
		assertThat(page.headers().getFirst("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
		assertThat(page.headers().getFirst("Strict-Transport-Security")).as("plain HTTP").isNull();
		String cookie = sessionCookie(page);
		assertThat(cookie).contains("SameSite=Lax", "HttpOnly").doesNotContain("Secure");

		Answer overTls = anonymous().withHeader("X-Forwarded-Proto", "https").get("/login", MediaType.TEXT_HTML);
		assertThat(overTls.status()).isEqualTo(200);
		assertThat(overTls.headers().getFirst("Strict-Transport-Security")).contains("max-age=");
		assertThat(sessionCookie(overTls)).contains("Secure", "SameSite=Lax");

		Answer api = anonymous().get("/api/v1/licence-types");
		assertThat(api.headers().getFirst("Content-Security-Policy")).contains("default-src 'none'");
		assertThat(api.headers().getFirst("Referrer-Policy")).isEqualTo("no-referrer");
	}

	private static String sessionCookie(Answer answer) {
		return answer.headers()
			.getOrEmpty(HttpHeaders.SET_COOKIE)
			.stream()
			.filter((cookie) -> cookie.startsWith("JSESSIONID="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie: " + answer.headers()));
	}

	private static String clientAddress() {
		int n = CLIENTS.getAndIncrement();
		return "198.51." + (100 + (n / 250) % 100) + "." + (1 + n % 250);
	}

	private void signUpConfirmed(String username, String password) {
		SignUpResult result = this.applicantSignUp.signUp(signUpForm(username, password), java.util.Locale.ENGLISH);
		Answer confirmed = anonymous().get("/confirm-email?token=" + result.confirmationToken(), MediaType.ALL);
		assertThat(confirmed.status()).isEqualTo(302);
		assertThat(confirmed.headers().getLocation().toString()).endsWith("/login?confirmed");
	}

	private List<String> signUpProblemFields(String username, String password) {
		try {
			this.applicantSignUp.signUp(signUpForm(username, password), java.util.Locale.ENGLISH);
			return List.of();
		}
		catch (la.anuyat.shared.InvalidInputException ex) {
			return ex.fieldErrors().stream().map(la.anuyat.shared.FieldError::field).toList();
		}
	}

	private static SignUpForm signUpForm(String username, String password) {
		return new SignUpForm(username, password, username.toLowerCase() + "@example.la", "ບໍລິສັດ ທົດລອງ ຈຳກັດ",
				"Test Co., Ltd.", "01-0088888", "123 000", "VTE", "ບ້ານ ໂພນໄຊ, ນະຄອນຫຼວງວຽງຈັນ", "ທ້າວ ທົດລອງ",
				"+856 20 5555 0000");
	}

	@Test
	void verifyAndTheRegisterSayWhatEachLifecycleVerbDidToALicence() {
		ApiClient holder = as("applicant");
		ApiClient officer = as("officer.vte");
		ApiClient deputy = as("deputy.vte");

		// an urgent suspension: no response period, straight to review
		String suspended = approvedLicence(holder);
		java.time.LocalDate until = java.time.LocalDate.now().plusDays(45);
		Answer suspension = officer.post("/api/v1/licences/" + suspended + "/sanctions",
				Map.of("measure", "suspend", "until", until.toString(), "groundsLo", "ອຸປະກອນບໍ່ມີໃບຢັ້ງຢືນ",
						"groundsEn", "Equipment without type approval", "urgent", true));
		assertThat(suspension.status()).as(suspension.toString()).isEqualTo(201);
		String suspensionCase = suspension.json().path("caseNumber").asText();
		assertThat(suspensionCase).startsWith("SUS-VTE-");
		Answer lateResponse = holder.post(
				"/api/v1/licences/" + suspended + "/sanctions/" + suspensionCase + "/response",
				Map.of("response", "We disagree."));
		assertThat(lateResponse.status()).as(lateResponse.toString()).isEqualTo(409);
		assertThat(as("applicant2")
			.post("/api/v1/licences/" + suspended + "/sanctions", Map.of("measure", "revoke", "grounds", "x"))
			.status()).as("an applicant proposes no measure").isIn(403, 404);
		completeTask(officer, suspensionCase, "userTask_studyApplication", "recommend-approve",
				"The inspection found the equipment.");
		completeTask(deputy, suspensionCase, "userTask_decideApplication", "approve", "Suspended until approved.");
		JsonNode suspendedAnswer = verification(suspended, "SUSPENDED");
		assertThat(suspendedAnswer.path("suspendedUntil").asText()).isEqualTo(until.toString());
		assertThat(suspendedAnswer.path("reasonCategory").asText()).isEqualTo("BREACH_OF_CONDITIONS");
		String suspendedPage = anonymous().get("/verify/" + suspended, MediaType.TEXT_HTML).text();
		assertThat(suspendedPage)
			.contains("data-status=\"SUSPENDED\"", "Suspended until",
					java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(until),
					"Breach of the licence conditions")
			.as("the grounds stay in the case")
			.doesNotContain("Equipment without type approval");
		JsonNode suspendedEntry = registerEntry(suspended);
		assertThat(suspendedEntry.path("status").asText()).isEqualTo("SUSPENDED");
		assertThat(suspendedEntry.path("suspendedUntil").asText()).isEqualTo(until.toString());

		// a revocation, after the holder's response
		String revoked = approvedLicence(holder);
		Answer revocation = officer.post("/api/v1/licences/" + revoked + "/sanctions", Map.of("measure", "revoke",
				"grounds", "Forged enterprise registration", "category", "FALSE_INFORMATION"));
		assertThat(revocation.status()).as(revocation.toString()).isEqualTo(201);
		String revocationCase = revocation.json().path("caseNumber").asText();
		assertThat(revocation.json().path("respondBy").asText())
			.isEqualTo(java.time.LocalDate.now().plusDays(30).toString());
		assertThat(taskOf(officer, revocationCase, "userTask_studyApplication")).as("waiting for the holder").isNull();
		Answer response = holder.post("/api/v1/licences/" + revoked + "/sanctions/" + revocationCase + "/response",
				Map.of("response", "The registration is genuine; see the attached letter."));
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		assertThat(response.json().path("responded").asBoolean()).isTrue();
		completeTask(officer, revocationCase, "userTask_studyApplication", "recommend-approve", "Forgery confirmed.");
		completeTask(deputy, revocationCase, "userTask_decideApplication", "approve", "Revoked.");
		assertThat(verification(revoked, "REVOKED").path("reasonCategory").asText()).isEqualTo("FALSE_INFORMATION");
		assertThat(registerEntry(revoked).path("status").asText()).isEqualTo("REVOKED");

		// a cancellation at the holder's request, confirmed by a section officer
		String cancelled = approvedLicence(holder);
		Answer cancellation = holder.post("/api/v1/licences/" + cancelled + "/cancellation",
				Map.of("reason", "We closed the business."));
		assertThat(cancellation.status()).as(cancellation.toString()).isEqualTo(201);
		String cancellationCase = cancellation.json().path("caseNumber").asText();
		completeTask(officer, cancellationCase, "userTask_confirmCancellation", "confirm", null);
		assertThat(verification(cancelled, "CANCELLED").path("reasonCategory").asText()).isEqualTo("HOLDER_REQUEST");
		assertThat(registerEntry(cancelled).path("status").asText()).isEqualTo("CANCELLED");
		assertThat(holder.get("/api/v1/licences/" + cancelled + "/measures").json().findValuesAsText("outcome"))
			.containsExactly("APPLIED");
	}

	private JsonNode verification(String licenceNumber, String status) {
		Answer answer = anonymous().get("/verify/" + licenceNumber, MediaType.APPLICATION_JSON);
		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		assertThat(answer.json().path("status").asText()).isEqualTo(status);
		return answer.json();
	}

	private JsonNode registerEntry(String licenceNumber) {
		Answer answer = anonymous().get("/api/v1/register?q=" + licenceNumber);
		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		assertThat(answer.json().path("entries").size()).as(answer.toString()).isEqualTo(1);
		return answer.json().path("entries").get(0);
	}

	@Autowired
	org.camunda.bpm.engine.TaskService engineTasks;

	@Test
	void answersTheExpectedCourseOfACaseAndFlagsAnOverdueTask() {
		ApiClient applicant = as("applicant");
		ApiClient officer = as("officer.vte");
		String caseNumber = newApplication(applicant);
		assertThat(applicant.submitWithDocuments(caseNumber).status()).isEqualTo(200);

		JsonNode submitted = caseOf(applicant, caseNumber);
		JsonNode timeline = submitted.path("timeline");
		assertThat(timeline.findValuesAsText("step")).containsExactly("submitted", "completenessCheck", "study",
				"decision", "payment", "licence");
		assertThat(timeline.findValuesAsText("state")).containsExactly("DONE", "CURRENT", "AHEAD", "AHEAD", "AHEAD",
				"AHEAD");
		assertThat(timeline.get(1).path("due").asText()).isEqualTo(submitted.path("due").asText());
		assertThat(LocalDateTime.parse(timeline.get(2).path("expected").asText()))
			.isEqualTo(LocalDateTime.parse(submitted.path("due").asText()).plusDays(7));
		assertThat(caseOf(as("applicant", "lo"), caseNumber).path("timeline").get(1).path("name").asText())
			.isEqualTo("ກວດຄວາມຄົບຖ້ວນ");

		JsonNode check = taskOf(officer, caseNumber, "userTask_checkCompleteness");
		assertThat(check.path("overdue").asBoolean()).isFalse();
		// the check's days pass: its due date is moved into the past in the engine
		org.camunda.bpm.engine.task.Task task = this.engineTasks.createTaskQuery()
			.taskId(check.path("taskId").asText())
			.singleResult();
		task.setDueDate(java.util.Date.from(java.time.Instant.now().minus(Duration.ofHours(1))));
		this.engineTasks.saveTask(task);
		assertThat(taskOf(officer, caseNumber, "userTask_checkCompleteness").path("overdue").asBoolean()).isTrue();
		Answer overdue = officer.get("/api/v1/tasks?overdue=true&caseNumber=" + caseNumber);
		assertThat(overdue.status()).as(overdue.toString()).isEqualTo(200);
		assertThat(overdue.json().findValuesAsText("taskKey")).containsExactly("userTask_checkCompleteness");
	}

}
