package la.anuyat.api;

import java.io.IOException;
import java.util.Map;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * A REST API caller signed in as one user (HTTP Basic), or anonymous. Never throws on an
 * error status: the tests look at every answer.
 */
public final class ApiClient {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final RestClient client;

	private ApiClient(RestClient client) {
		this.client = client;
	}

	public static ApiClient as(int port, String username, String password, String language) {
		RestClient.Builder builder = RestClient.builder()
			.baseUrl("http://localhost:" + port)
			.requestFactory(new JdkClientHttpRequestFactory());
		if (username != null) {
			builder.defaultHeader(HttpHeaders.AUTHORIZATION, "Basic "
					+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
		}
		if (language != null) {
			builder.defaultHeader(HttpHeaders.ACCEPT_LANGUAGE, language);
		}
		return new ApiClient(builder.build());
	}

	/**
	 * A caller signed in with an access token ({@code Authorization: Bearer}).
	 */
	public static ApiClient bearer(int port, String token) {
		return new ApiClient(RestClient.builder()
			.baseUrl("http://localhost:" + port)
			.requestFactory(new JdkClientHttpRequestFactory())
			.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.build());
	}

	/**
	 * The same caller, sending this header too (for instance a proxy's
	 * {@code X-Forwarded-For}).
	 */
	public ApiClient withHeader(String name, String value) {
		return new ApiClient(this.client.mutate().defaultHeader(name, value).build());
	}

	public Answer get(String path, MediaType... accept) {
		return answer(this.client.get()
			.uri(path)
			.accept(accept.length > 0 ? accept
					: new MediaType[] { MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON }));
	}

	public Answer post(String path, Object jsonBody) {
		RestClient.RequestBodySpec spec = this.client.post().uri(path).accept(MediaType.ALL);
		if (jsonBody != null) {
			spec.contentType(MediaType.APPLICATION_JSON).body(jsonBody);
		}
		return answer(spec);
	}

	public Answer upload(String path, String fileName, byte[] content, String documentType) {
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("file", new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return fileName;
			}
		});
		parts.add("documentType", documentType);
		return answer(this.client.post()
			.uri(path)
			.accept(MediaType.ALL)
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(parts));
	}

	/**
	 * A multipart form POST: text fields (a field may repeat) and files by part name.
	 */
	public Answer postForm(String path, MultiValueMap<String, String> fields, Map<String, NamedFile> files) {
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		fields.forEach((name, values) -> values.forEach((value) -> parts.add(name, value)));
		files.forEach((name, file) -> parts.add(name, new ByteArrayResource(file.content()) {
			@Override
			public String getFilename() {
				return file.fileName();
			}
		}));
		return answer(this.client.post()
			.uri(path)
			.accept(MediaType.ALL)
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(parts));
	}

	/** A file to send in a multipart form. */
	public record NamedFile(String fileName, byte[] content) {
	}

	/**
	 * Uploads a small PNG for every required document of the application's checklist (its
	 * type's and its kind's) that it does not have yet, as an applicant does before
	 * submitting.
	 */
	public void uploadMissingDocuments(String caseNumber) {
		// the case's own checklist: its type's and its kind's (new, renewal, amendment)
		String documents = "/api/v1/applications/" + caseNumber + "/documents";
		Answer checklist = get("/api/v1/applications/" + caseNumber + "/checklist");
		if (checklist.status() != 200) {
			throw new AssertionError("Cannot read the checklist of " + caseNumber + ": " + checklist);
		}
		for (JsonNode item : checklist.json().path("documents")) {
			if (item.path("required").asBoolean() && !item.hasNonNull("documentId")) {
				String documentType = item.path("type").asText();
				Answer stored = upload(documents, documentType + ".png", png(), documentType);
				if (stored.status() != 201) {
					throw new AssertionError("Upload of " + documentType + " refused: " + stored);
				}
			}
		}
	}

	/**
	 * Submits the application after uploading its missing required documents.
	 */
	public Answer submitWithDocuments(String caseNumber) {
		uploadMissingDocuments(caseNumber);
		return post("/api/v1/applications/" + caseNumber + "/submit", null);
	}

	/**
	 * Completes the case's open task of the given key that this client is offered, with
	 * an outcome and a comment, and expects it done.
	 */
	public void completeTask(String caseNumber, String taskKey, String outcome, String comment) {
		Answer tasks = get("/api/v1/tasks?caseNumber=" + caseNumber);
		if (tasks.status() != 200) {
			throw new AssertionError("Cannot list the tasks of " + caseNumber + ": " + tasks);
		}
		JsonNode task = null;
		for (JsonNode candidate : tasks.json()) {
			if (candidate.path("caseNumber").asText().equals(caseNumber)
					&& candidate.path("taskKey").asText().equals(taskKey)) {
				task = candidate;
			}
		}
		if (task == null) {
			throw new AssertionError(taskKey + " of " + caseNumber + " is not offered: " + tasks);
		}
		java.util.Map<String, String> completion = new java.util.HashMap<>();
		completion.put("outcome", outcome);
		completion.put("comment", comment);
		Answer completed = post("/api/v1/tasks/" + task.path("taskId").asText() + "/complete", completion);
		if (completed.status() != 204) {
			throw new AssertionError("Completing " + taskKey + " of " + caseNumber + ": " + completed);
		}
	}

	/**
	 * A small real PNG image, an accepted document.
	 */
	/**
	 * A one-page PDF whose text is the given line (extracted and searchable like any
	 * upload).
	 */
	public static byte[] pdf(String text) {
		try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument();
				java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
			org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
			document.addPage(page);
			try (org.apache.pdfbox.pdmodel.PDPageContentStream content = new org.apache.pdfbox.pdmodel.PDPageContentStream(
					document, page)) {
				content.beginText();
				content.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
						org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 14);
				content.newLineAtOffset(72, 700);
				content.showText(text);
				content.endText();
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	public static byte[] png() {
		try (java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
			javax.imageio.ImageIO
				.write(new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/**
	 * A POST with a body of any content type, to see how the API answers one it does not
	 * take.
	 */
	public Answer post(String path, MediaType contentType, String body) {
		return answer(this.client.post().uri(path).accept(MediaType.ALL).contentType(contentType).body(body));
	}

	/**
	 * A multipart POST of the given parts (a file part as a {@link ByteArrayResource}
	 * with a file name).
	 */
	public Answer postParts(String path, MultiValueMap<String, Object> parts) {
		return answer(this.client.post()
			.uri(path)
			.accept(MediaType.ALL)
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(parts));
	}

	/**
	 * A file part of a multipart request.
	 */
	public static ByteArrayResource file(String fileName, byte[] content) {
		return new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return fileName;
			}
		};
	}

	public Answer put(String path, Object jsonBody) {
		return answer(this.client.put()
			.uri(path)
			.accept(MediaType.ALL)
			.contentType(MediaType.APPLICATION_JSON)
			.body(jsonBody));
	}

	public Answer request(HttpMethod method, String path) {
		return answer(this.client.method(method).uri(path).accept(MediaType.ALL));
	}

	private static Answer answer(RestClient.RequestHeadersSpec<?> spec) {
		return spec.exchange((request, response) -> new Answer(response.getStatusCode().value(), response.getHeaders(),
				response.getBody().readAllBytes()));
	}

	/**
	 * Posts {@code content} as the multipart part {@code file}, asking for
	 * {@code accept}.
	 */
	public Answer uploadFile(String path, String fileName, byte[] content, MediaType accept) {
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("file", new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return fileName;
			}
		});
		return answer(
				this.client.post().uri(path).accept(accept).contentType(MediaType.MULTIPART_FORM_DATA).body(parts));
	}

	public record Answer(int status, HttpHeaders headers, byte[] body) {

		public JsonNode json() {
			try {
				return JSON.readTree(this.body);
			}
			catch (IOException ex) {
				throw new AssertionError("Not JSON: " + text(), ex);
			}
		}

		public String text() {
			return new String(this.body, StandardCharsets.UTF_8);
		}

		@Override
		public String toString() {
			return this.status + " " + text();
		}

	}

}
