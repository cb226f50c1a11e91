package la.anuyat.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import la.anuyat.api.ApiClient.Answer;
import la.anuyat.api.PaymentProvider.Sent;
import la.anuyat.audit.SecurityEvent;
import la.anuyat.audit.SecurityLog;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fees through the REST API: the applicant sees the invoice of the approved application;
 * a local counterpart of the e-payment provider signs callbacks as the provider does, and
 * a forged, expired, replayed or wrong-amount callback leaves the invoice unpaid; an
 * officer may record the bank receipt instead. The licence is issued only once paid.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.jpa.show-sql=false", "logging.level.org.camunda=WARN" })
@ActiveProfiles("demo")
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:anuyat-payment-api;DB_CLOSE_DELAY=-1",
		"anuyat.data-dir=target/test-data/payment-api" })
class PaymentCallbackApiTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	SecurityLog securityLog;

	@Test
	void booksOnlyTheProvidersSignedTimelyCallbackForExactlyTheAmountAndOnlyOnce() {
		ApiClient applicant = as("applicant");
		String caseNumber = approvedCase(applicant, "ICT-SOFT");
		JsonNode invoice = invoiceOf(applicant, caseNumber);
		assertThat(invoice.path("status").asText()).isEqualTo("ISSUED");
		assertThat(invoice.path("amountKip").asLong()).isEqualTo(3_000_000L);
		assertThat(invoice.path("currency").asText()).isEqualTo("LAK");
		assertThat(invoice.path("dueDate").asText()).isEqualTo(LocalDate.now().plusDays(29).toString());
		String reference = invoice.path("paymentReference").asText();
		String number = invoice.path("invoiceNumber").asText();
		assertThat(caseOf(applicant, caseNumber).path("status").asText()).isEqualTo("AWAITING_PAYMENT");
		assertThat(licenceOf(caseOf(applicant, caseNumber))).isNull();
		PaymentProvider provider = new PaymentProvider(this.port, PaymentProvider.DEMO_SECRET);
		long now = Instant.now().getEpochSecond();

		String body = PaymentProvider.body("TX-1-" + number, reference, 3_000_000L);
		Sent unsigned = provider.send(body, null);
		assertThat(unsigned.status()).as(unsigned.toString()).isEqualTo(401);
		assertThat(unsigned.json().path("code").asText()).isEqualTo("payment.signatureMissing");
		Sent forged = provider.send(body, now, "not-the-provider-secret");
		assertThat(forged.status()).as(forged.toString()).isEqualTo(401);
		assertThat(forged.json().path("code").asText()).isEqualTo("payment.signatureInvalid");
		assertThat(forged.json().path("detail").asText()).as("in the caller's language").contains("ລາຍເຊັນ");
		Sent tampered = provider.send(body.replace("3000000", "30000000"),
				"t=" + now + ",v1=" + PaymentProvider.signature(PaymentProvider.DEMO_SECRET, now, body));
		assertThat(tampered.status()).as("a body changed after signing").isEqualTo(401);
		Sent expired = provider.send(body, now - 6 * 60, PaymentProvider.DEMO_SECRET);
		assertThat(expired.status()).as(expired.toString()).isEqualTo(401);
		assertThat(expired.json().path("code").asText()).isEqualTo("payment.signatureExpired");
		Sent early = provider.send(body, now + 6 * 60, PaymentProvider.DEMO_SECRET);
		assertThat(early.status()).isEqualTo(401);
		Sent short1 = provider.pay("TX-short-" + number, reference, 2_999_999L);
		assertThat(short1.status()).as(short1.toString()).isEqualTo(409);
		assertThat(short1.json().path("code").asText()).isEqualTo("payment.amountMismatch");
		Sent unknown = provider.pay("TX-unknown-" + number, "ZZZZ-ZZZZ-ZZZZ", 3_000_000L);
		assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);
		assertThat(unknown.json().path("code").asText()).isEqualTo("payment.unknownReference");

		assertThat(invoiceOf(applicant, caseNumber).path("status").asText()).as("none of these paid it")
			.isEqualTo("ISSUED");
		assertThat(licenceOf(caseOf(applicant, caseNumber))).isNull();
		assertThat(this.securityLog.events(SecurityEvent.Kind.PAYMENT_CALLBACK_REFUSED, null, null, null, null, 50))
			.extracting(SecurityEvent::getDetail)
			.contains("payment.signatureMissing", "payment.signatureInvalid", "payment.signatureExpired");

		Sent paid = provider.send(body, now, PaymentProvider.DEMO_SECRET);
		assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
		assertThat(paid.json().path("status").asText()).isEqualTo("PAID");
		assertThat(paid.json().path("repeated").asBoolean()).isFalse();
		JsonNode issued = caseOf(applicant, caseNumber);
		assertThat(issued.path("status").asText()).isEqualTo("APPROVED");
		String licenceNumber = issued.path("licenceNumber").asText();
		assertThat(licenceNumber).isNotBlank();

		Sent replayed = provider.send(body, paid.signatureHeader());
		assertThat(replayed.status()).as("the same signed request again: " + replayed).isEqualTo(200);
		assertThat(replayed.json().path("repeated").asBoolean()).isTrue();
		assertThat(replayed.json().path("paidAt").asText()).isEqualTo(paid.json().path("paidAt").asText());
		Sent second = provider.pay("TX-2-" + number, reference, 3_000_000L);
		assertThat(second.status()).as("another transaction for a paid invoice: " + second).isEqualTo(409);
		assertThat(second.json().path("code").asText()).isEqualTo("invoice.alreadyPaid");
		assertThat(caseOf(applicant, caseNumber).path("licenceNumber").asText()).as("one licence only")
			.isEqualTo(licenceNumber);

		JsonNode settled = invoiceOf(applicant, caseNumber);
		assertThat(settled.path("status").asText()).isEqualTo("PAID");
		assertThat(settled.path("paidThrough").asText()).isEqualTo("PROVIDER");
		assertPdf(applicant.get(settled.path("pdf").asText(), MediaType.APPLICATION_PDF), "ໃບແຈ້ງໜີ້ຄ່າທຳນຽມ",
				"Fee invoice", number, reference, "3,000,000");
		assertPdf(applicant.get(settled.path("receiptPdf").asText(), MediaType.APPLICATION_PDF), "ໃບຮັບເງິນຄ່າທຳນຽມ",
				"Fee receipt", "TX-1-" + number);
		assertThat(as("officer.lpb").get("/api/v1/invoices/" + number).status())
			.as("another province's officer does not see it")
			.isEqualTo(404);
	}

	@Test
	void letsAnOfficerRecordTheBankReceiptWithItsScanButNotTheApplicant() {
		ApiClient applicant = as("applicant");
		String caseNumber = approvedCase(applicant, "ICT-SHOP");
		String number = invoiceOf(applicant, caseNumber).path("invoiceNumber").asText();
		String path = "/api/v1/invoices/" + number + "/receipt";

		Answer byApplicant = applicant.postParts(path, receipt("BCEL-77", 500_000L, ApiClient.png()));
		assertThat(byApplicant.status()).as(byApplicant.toString()).isEqualTo(403);
		ApiClient officer = as("officer.vte");
		Answer wrongAmount = officer.postParts(path, receipt("BCEL-77", 50_000L, ApiClient.png()));
		assertThat(wrongAmount.status()).as(wrongAmount.toString()).isEqualTo(409);
		assertThat(wrongAmount.json().path("code").asText()).isEqualTo("payment.amountMismatch");
		Answer notADocument = officer.postParts(path, receipt("BCEL-77", 500_000L, "MZ not a scan".getBytes()));
		assertThat(notADocument.status()).as("the scan is checked like every upload: " + notADocument).isEqualTo(400);
		assertThat(invoiceOf(applicant, caseNumber).path("status").asText()).isEqualTo("ISSUED");

		Answer recorded = officer.postParts(path, receipt("BCEL-77", 500_000L, ApiClient.png()));
		assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
		assertThat(recorded.json().path("status").asText()).isEqualTo("PAID");
		JsonNode paid = invoiceOf(applicant, caseNumber);
		assertThat(paid.path("paidThrough").asText()).isEqualTo("RECEIPT");
		assertThat(paid.path("receiptNumber").asText()).isEqualTo("BCEL-77");
		assertThat(caseOf(applicant, caseNumber).path("licenceNumber").asText()).isNotBlank();
		assertThat(officer.postParts(path, receipt("BCEL-78", 500_000L, ApiClient.png())).status()).as("paid once")
			.isEqualTo(409);
	}

	@Test
	void describesTheCallbackAndTheInvoicesInOpenApi() {
		JsonNode paths = anonymous().get("/v3/api-docs").json().path("paths");
		JsonNode callback = paths.path("/api/v1/payments/callback").path("post");
		assertThat(callback.path("description").asText()).contains("X-Anuyat-Signature", "HMAC-SHA256", "5 minutes");
		assertThat(callback.path("security").isArray() && callback.path("security").isEmpty()).as(callback.toString())
			.isTrue();
		assertThat(callback.path("responses").has("401")).isTrue();
		assertThat(callback.path("responses").has("409")).isTrue();
		assertThat(paths.has("/api/v1/applications/{caseNumber}/invoice")).isTrue();
		assertThat(paths.path("/api/v1/invoices/{invoiceNumber}/receipt").has("post")).isTrue();
	}

	private static MultiValueMap<String, Object> receipt(String number, long amountKip, byte[] scan) {
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("receiptNumber", number);
		parts.add("amountKip", String.valueOf(amountKip));
		parts.add("paidOn", LocalDate.now().toString());
		parts.add("file", ApiClient.file("receipt.png", scan));
		return parts;
	}

	private static void assertPdf(Answer answer, String... texts) {
		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		try (PDDocument document = Loader.loadPDF(answer.body())) {
			assertThat(new PDFTextStripper().getText(document)).contains(texts);
		}
		catch (java.io.IOException ex) {
			throw new AssertionError(ex);
		}
	}

	private String approvedCase(ApiClient applicant, String licenceType) {
		ObjectNode form = ApplicationForms.validSoftwareApplication().put("licenceType", licenceType);
		Answer created = applicant.post("/api/v1/applications",
				Map.of("licenceType", licenceType, "province", "VTE", "form", form));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String caseNumber = created.json().path("caseNumber").asText();
		assertThat(applicant.submitWithDocuments(caseNumber).status()).isEqualTo(200);
		ApiClient officer = as("officer.vte");
		completeTask(officer, caseNumber, "userTask_checkCompleteness", "complete", null);
		completeTask(officer, caseNumber, "userTask_studyApplication", "recommend-approve", "In order.");
		completeTask(as("deputy.vte"), caseNumber, "userTask_decideApplication", "approve", "Approved.");
		return caseNumber;
	}

	private static void completeTask(ApiClient actor, String caseNumber, String taskKey, String outcome,
			String comment) {
		Answer tasks = actor.get("/api/v1/tasks?caseNumber=" + caseNumber);
		assertThat(tasks.status()).as(tasks.toString()).isEqualTo(200);
		JsonNode task = null;
		for (JsonNode candidate : tasks.json()) {
			if (candidate.path("taskKey").asText().equals(taskKey)) {
				task = candidate;
			}
		}
		assertThat(task).as(taskKey + " of " + caseNumber).isNotNull();
		ObjectNode completion = JSON.createObjectNode().put("outcome", outcome).put("comment", comment);
		Answer completed = actor.post("/api/v1/tasks/" + task.path("taskId").asText() + "/complete", completion);
		assertThat(completed.status()).as(completed.toString()).isEqualTo(204);
	}

	private static String licenceOf(JsonNode caseFile) {
		JsonNode licence = caseFile.path("licenceNumber");
		return (licence.isNull() || licence.isMissingNode()) ? null : licence.asText();
	}

	private static JsonNode invoiceOf(ApiClient actor, String caseNumber) {
		Answer answer = actor.get("/api/v1/applications/" + caseNumber + "/invoice");
		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		return answer.json();
	}

	private static JsonNode caseOf(ApiClient actor, String caseNumber) {
		Answer answer = actor.get("/api/v1/cases/" + caseNumber);
		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		return answer.json();
	}

	private ApiClient as(String username) {
		return ApiClient.as(this.port, username, "demo", null);
	}

	private ApiClient anonymous() {
		return ApiClient.as(this.port, null, null, null);
	}

}
