package la.anuyat.benchmark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import la.anuyat.api.ApplicationForms;
import la.anuyat.api.PaymentProvider;

/**
 * One client of the journey benchmark: walks licence applications from the application to
 * the downloaded certificate over the REST API, one case after the other, as the
 * applicant, the section officer and two leaders would, until told to stop. Every request
 * is timed into the {@link ActionStatistics} of its action while the measured window is
 * open; an unexpected answer ends the case (counted as failed) and the client starts the
 * next one.
 */
final class JourneyClient implements Runnable {

	static final List<String> ACTIONS = List.of("create", "upload", "submit", "inbox", "check", "study", "decide",
			"invoice", "pay", "case", "certificate");

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

	/**
	 * A task appears in the same transaction as the step before it; a few tries cover any
	 * delay.
	 */
	private static final int INBOX_TRIES = 20;

	/**
	 * Who studies and who decides, in turn: an officer's study decided by either leader,
	 * and a leader's study decided by the other leader (the studier may not decide).
	 */
	private static final List<List<String>> STUDY_AND_DECISION = List.of(List.of("officer.vte", "leader.vte"),
			List.of("officer.vte", "deputy.vte"), List.of("leader.vte", "deputy.vte"));

	private static final List<Document> DOCUMENTS = List.of(
			new Document("enterprise-registration", "registration.pdf", "application/pdf",
					JourneyDocuments.pdf("Enterprise registration certificate 01-0012345")),
			new Document("tax-registration", "tax.jpg", "image/jpeg", JourneyDocuments.jpeg()),
			new Document("director-id", "director-id.png", "image/png", JourneyDocuments.png()),
			new Document("business-plan", "business-plan.docx",
					"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
					JourneyDocuments.docx("Business plan: software development and internet information services")));

	private final int number;

	private final String baseUrl;

	private final Map<String, String> authorizations;

	private final Map<String, ActionStatistics> statistics;

	private final JourneyWindow window;

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final AtomicInteger failed;

	private final AtomicInteger inboxSizeMax;

	private int casesStarted;

	JourneyClient(int number, String baseUrl, Map<String, String> authorizations,
			Map<String, ActionStatistics> statistics, JourneyWindow window, AtomicInteger failed,
			AtomicInteger inboxSizeMax) {
		this.number = number;
		this.baseUrl = baseUrl;
		this.authorizations = authorizations;
		this.statistics = statistics;
		this.window = window;
		this.failed = failed;
		this.inboxSizeMax = inboxSizeMax;
	}

	@Override
	public void run() {
		while (!this.window.over()) {
			int turn = this.number + this.casesStarted++;
			try {
				journey(STUDY_AND_DECISION.get(turn % STUDY_AND_DECISION.size()));
				// throughput in the steady state: the cases completed inside the window,
				// whenever they started
				this.window.countCompletion();
			}
			catch (CaseAbandoned ex) {
				if (this.window.measuring()) {
					this.failed.incrementAndGet();
				}
			}
		}
	}

	private void journey(List<String> studyAndDecision) {
		ObjectNode application = JSON.createObjectNode();
		application.put("licenceType", "ICT-SOFT");
		application.put("province", "VTE");
		application.set("form", ApplicationForms.validSoftwareApplication());
		String caseNumber = send("create", "applicant", json("/api/v1/applications", application), 201).json()
			.path("caseNumber")
			.asText();
		String applicationPath = "/api/v1/applications/" + caseNumber;
		for (Document document : DOCUMENTS) {
			send("upload", "applicant", multipart(applicationPath + "/documents", document), 201);
		}
		send("submit", "applicant", json(applicationPath + "/submit", null), 200);
		complete("check", "officer.vte", caseNumber, "userTask_checkCompleteness", "complete", null);
		complete("study", studyAndDecision.get(0), caseNumber, "userTask_studyApplication", "recommend-approve",
				"The company meets the requirements for software services.");
		complete("decide", studyAndDecision.get(1), caseNumber, "userTask_decideApplication", "approve",
				"The application is complete and meets the requirements.");
		pay(applicationPath);
		JsonNode decided = send("case", "applicant", get("/api/v1/cases/" + caseNumber, "application/json"), 200)
			.json();
		String licenceNumber = decided.path("licenceNumber").asText();
		if (!"APPROVED".equals(decided.path("status").asText()) || licenceNumber.isBlank()) {
			throw abandoned("case", "not approved: " + decided);
		}
		Answer certificate = send("certificate", "applicant",
				get("/api/v1/licences/" + licenceNumber + "/certificate", "application/pdf"), 200);
		if (!new String(certificate.body(), 0, Math.min(5, certificate.body().length), StandardCharsets.US_ASCII)
			.equals("%PDF-")) {
			throw abandoned("certificate", "not a PDF");
		}
	}

	/**
	 * Pays the approved case's fee as the e-payment provider confirms it: the invoice as
	 * the applicant reads it, then the callback signed with the demo profile's provider
	 * secret (the licence is issued in that request).
	 */
	private void pay(String applicationPath) {
		JsonNode invoice = send("invoice", "applicant", get(applicationPath + "/invoice", "application/json"), 200)
			.json();
		String body = PaymentProvider.body("TX-" + invoice.path("invoiceNumber").asText(),
				invoice.path("paymentReference").asText(), invoice.path("amountKip").asLong());
		long now = java.time.Instant.now().getEpochSecond();
		send("pay", "applicant",
				HttpRequest.newBuilder(URI.create(this.baseUrl + "/api/v1/payments/callback"))
					.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
					.header("Content-Type", "application/json")
					.header("X-Anuyat-Signature",
							"t=" + now + ",v1=" + PaymentProvider.signature(PaymentProvider.DEMO_SECRET, now, body)),
				200);
	}

	/**
	 * Finds the case's task in the user's inbox (each look is an "inbox" request) and
	 * completes it with the outcome.
	 */
	private void complete(String action, String username, String caseNumber, String taskKey, String outcome,
			String comment) {
		String taskId = null;
		for (int attempt = 0; taskId == null && attempt < INBOX_TRIES; attempt++) {
			if (attempt > 0) {
				pause(attempt);
			}
			JsonNode tasks = send("inbox", username, get("/api/v1/tasks", "application/json"), 200).json();
			this.inboxSizeMax.accumulateAndGet(tasks.size(), Math::max);
			for (JsonNode task : tasks) {
				if (caseNumber.equals(task.path("caseNumber").asText())
						&& taskKey.equals(task.path("taskKey").asText())) {
					taskId = task.path("taskId").asText();
					break;
				}
			}
		}
		if (taskId == null) {
			throw abandoned(action, taskKey + " of " + caseNumber + " not in the inbox of " + username);
		}
		ObjectNode completion = JSON.createObjectNode().put("outcome", outcome).put("comment", comment);
		send(action, username, json("/api/v1/tasks/" + taskId + "/complete", completion), 204);
	}

	private void pause(int attempt) {
		long until = System.nanoTime() + Duration.ofMillis(Math.min(500, 20L * attempt)).toNanos();
		BooleanSupplier waited = () -> System.nanoTime() >= until || this.window.over();
		while (!waited.getAsBoolean()) {
			LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
		}
	}

	private Answer send(String action, String username, HttpRequest.Builder request, int expected) {
		if (this.window.over()) {
			throw new CaseAbandoned();
		}
		request.timeout(REQUEST_TIMEOUT).header("Authorization", this.authorizations.get(username));
		long started = System.nanoTime();
		HttpResponse<byte[]> response;
		try {
			response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			if (this.window.measuring()) {
				this.statistics.get(action).record(System.nanoTime() - started, -1, true, ex.toString());
			}
			throw new CaseAbandoned();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new CaseAbandoned();
		}
		long elapsed = System.nanoTime() - started;
		boolean error = response.statusCode() != expected;
		// the window's figures are those of the requests that ended inside it
		if (this.window.measuring()) {
			this.statistics.get(action)
				.record(elapsed, response.statusCode(), error, new String(response.body(), StandardCharsets.UTF_8));
		}
		if (error) {
			throw new CaseAbandoned();
		}
		return new Answer(response.statusCode(), response.body());
	}

	private CaseAbandoned abandoned(String action, String reason) {
		if (this.window.measuring()) {
			this.statistics.get(action).recordProblem(reason);
		}
		return new CaseAbandoned();
	}

	private HttpRequest.Builder get(String path, String accept) {
		return HttpRequest.newBuilder(URI.create(this.baseUrl + path)).GET().header("Accept", accept);
	}

	private HttpRequest.Builder json(String path, JsonNode body) {
		return HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.header("Accept", "application/json, application/problem+json")
			.header("Content-Type", "application/json")
			.POST(body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
	}

	private HttpRequest.Builder multipart(String path, Document document) {
		String boundary = "----journey" + UUID.randomUUID().toString().replace("-", "");
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"documentType\"\r\n\r\n"
				+ document.type() + "\r\n");
		write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
				+ document.fileName() + "\"\r\nContent-Type: " + document.mediaType() + "\r\n\r\n");
		body.writeBytes(document.content());
		write(body, "\r\n--" + boundary + "--\r\n");
		return HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.header("Accept", "application/json, application/problem+json")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}

	private record Document(String type, String fileName, String mediaType, byte[] content) {
	}

	private record Answer(int status, byte[] body) {

		JsonNode json() {
			try {
				return JSON.readTree(this.body);
			}
			catch (IOException ex) {
				throw new CaseAbandoned();
			}
		}

	}

	/**
	 * The case cannot go on (an unexpected answer, recorded where it happened, or the end
	 * of the run).
	 */
	static final class CaseAbandoned extends RuntimeException {

		CaseAbandoned() {
			super(null, null, false, false);
		}

	}

}
