package la.anuyat.inspection.openrosa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import la.anuyat.inspection.FieldReports;
import la.anuyat.inspection.FieldSubmission;
import la.anuyat.inspection.MediaFile;
import la.anuyat.inspection.checklist.Checklist;
import la.anuyat.inspection.checklist.InspectionChecklists;
import la.anuyat.shared.ConflictException;
import la.anuyat.shared.DomainException;
import la.anuyat.shared.ForbiddenException;
import la.anuyat.shared.LocalizedText;
import la.anuyat.shared.NotFoundException;
import la.anuyat.shared.PublicAddress;
import la.anuyat.shared.TooLargeException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * The OpenRosa APIs that ODK Collect speaks, for inspectors' enrolled devices: the Form
 * List API (the checklists), form download and manifest, and the Form Submission API (a
 * multipart POST of {@code xml_submission_file} and the photos).
 * <p>
 * ODK Collect is given {@code <public address>/openrosa} as its server and appends
 * {@code /formList} and {@code /submission} itself.
 */
@RestController
@RequestMapping(OpenRosaController.BASE)
class OpenRosaController {

	static final String BASE = "/openrosa";

	/** The multipart part that carries the filled form, as the specification names it. */
	static final String SUBMISSION_PART = "xml_submission_file";

	private final InspectionChecklists checklists;

	private final FieldReports reports;

	private final PublicAddress publicAddress;

	private final DataSize acceptContentLength;

	OpenRosaController(InspectionChecklists checklists, FieldReports reports, PublicAddress publicAddress,
			@org.springframework.beans.factory.annotation.Value("${anuyat.documents.max-size:20MB}") DataSize maxSize) {
		this.checklists = checklists;
		this.reports = reports;
		this.publicAddress = publicAddress;
		this.acceptContentLength = maxSize;
	}

	@GetMapping("/formList")
	ResponseEntity<String> formList(@RequestParam(name = "formID", required = false) String formId) {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
			.append("<xforms xmlns=\"http://openrosa.org/xforms/xformsList\">\n");
		for (Checklist checklist : this.checklists.checklists()) {
			if (formId != null && !formId.equals(checklist.formId())) {
				continue;
			}
			String base = this.publicAddress.link(BASE + "/forms/" + checklist.formId());
			xml.append("  <xform>\n")
				.append("    <formID>")
				.append(OpenRosaResponses.escape(checklist.formId()))
				.append("</formID>\n")
				.append("    <name>")
				.append(OpenRosaResponses.escape(checklist.title().lo() + " / " + checklist.title().en()))
				.append("</name>\n")
				.append("    <version>")
				.append(OpenRosaResponses.escape(checklist.version()))
				.append("</version>\n")
				.append("    <hash>")
				.append(checklist.md5())
				.append("</hash>\n")
				.append("    <downloadUrl>")
				.append(OpenRosaResponses.escape(base + ".xml"))
				.append("</downloadUrl>\n")
				.append("    <manifestUrl>")
				.append(OpenRosaResponses.escape(base + "/manifest"))
				.append("</manifestUrl>\n")
				.append("  </xform>\n");
		}
		xml.append("</xforms>\n");
		return OpenRosaResponses.xml(HttpStatus.OK, xml.toString());
	}

	@GetMapping("/forms/{formId}.xml")
	ResponseEntity<String> form(@PathVariable String formId) {
		return OpenRosaResponses.xml(HttpStatus.OK, checklist(formId).xform());
	}

	/** The checklists carry no media files of their own (no images, no CSV choices). */
	@GetMapping("/forms/{formId}/manifest")
	ResponseEntity<String> manifest(@PathVariable String formId) {
		checklist(formId);
		return OpenRosaResponses.xml(HttpStatus.OK, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<manifest xmlns=\"http://openrosa.org/xforms/xformsManifest\"/>\n");
	}

	/**
	 * ODK Collect asks before it sends: 204 and the largest request accepted, above which
	 * it splits a report's photos over several requests.
	 */
	@RequestMapping(path = "/submission", method = RequestMethod.HEAD)
	ResponseEntity<Void> submissionPreflight() {
		return ResponseEntity.noContent()
			.header(OpenRosaResponses.VERSION_HEADER, OpenRosaResponses.VERSION)
			.header("X-OpenRosa-Accept-Content-Length", String.valueOf(this.acceptContentLength.toBytes()))
			.build();
	}

	@PostMapping("/submission")
	ResponseEntity<String> submit(@AuthenticationPrincipal DevicePrincipal device, HttpServletRequest servletRequest) {
		Locale locale = localeOf(servletRequest);
		if (!(servletRequest instanceof MultipartHttpServletRequest request)) {
			return notMultipart(servletRequest);
		}
		MultipartFile xml = request.getFile(SUBMISSION_PART);
		if (xml == null || xml.isEmpty()) {
			return OpenRosaResponses.message(HttpStatus.BAD_REQUEST, "error", LocalizedText
				.of("ບໍ່ມີ " + SUBMISSION_PART + " ໃນຄຳຮ້ອງ", "The request has no " + SUBMISSION_PART + " part"),
					locale);
		}
		FieldSubmission submission = this.checklists.readSubmission(bytes(xml));
		List<MediaFile> media = new ArrayList<>();
		for (MultipartFile file : request.getMultiFileMap().values().stream().flatMap(List::stream).toList()) {
			if (file != xml && !SUBMISSION_PART.equals(file.getName())) {
				media.add(new MediaFile(file.getOriginalFilename(), bytes(file)));
			}
		}
		FieldReports.Receipt receipt = this.reports.receive(device.device(), submission, media);
		if (receipt.duplicate()) {
			// accepted again, stored once: the device may not have seen the first answer
			return OpenRosaResponses.message(HttpStatus.ACCEPTED, "submit_success",
					LocalizedText.of("ໄດ້ຮັບລາຍງານນີ້ແລ້ວ", "This report was already received"), locale);
		}
		return OpenRosaResponses.message(HttpStatus.CREATED, "submit_success",
				LocalizedText.of("ໄດ້ຮັບລາຍງານການກວດກາແລ້ວ", "The inspection report was received"), locale);
	}

	@ExceptionHandler(DomainException.class)
	ResponseEntity<String> refused(DomainException ex, HttpServletRequest request) {
		HttpStatus status = (ex instanceof NotFoundException) ? HttpStatus.NOT_FOUND
				: (ex instanceof ConflictException) ? HttpStatus.CONFLICT
						: (ex instanceof TooLargeException) ? HttpStatus.PAYLOAD_TOO_LARGE
								: (ex instanceof ForbiddenException) ? HttpStatus.FORBIDDEN : HttpStatus.BAD_REQUEST;
		return OpenRosaResponses.message(status, "error", ex.text(), localeOf(request));
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<String> tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request) {
		long mb = this.acceptContentLength.toMegabytes();
		return OpenRosaResponses.message(HttpStatus.PAYLOAD_TOO_LARGE, "error",
				LocalizedText.of("ຄຳຮ້ອງໃຫຍ່ເກີນ " + mb + " MB", "The request is larger than " + mb + " MB"),
				localeOf(request));
	}

	@ExceptionHandler(MultipartException.class)
	ResponseEntity<String> notMultipart(MultipartException ex, HttpServletRequest request) {
		return notMultipart(request);
	}

	private static ResponseEntity<String> notMultipart(HttpServletRequest request) {
		return OpenRosaResponses.message(HttpStatus.BAD_REQUEST, "error",
				LocalizedText.of("ຄຳຮ້ອງຕ້ອງເປັນ multipart/form-data ທີ່ມີ " + SUBMISSION_PART,
						"The request must be multipart/form-data with an " + SUBMISSION_PART + " part"),
				localeOf(request));
	}

	private static Locale localeOf(HttpServletRequest request) {
		return OpenRosaResponses.localeOf(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
	}

	private Checklist checklist(String formId) {
		return this.checklists.checklist(formId)
			.orElseThrow(() -> new NotFoundException("fieldReport.unknownForm",
					LocalizedText.of("ບໍ່ມີແບບຟອມ \"" + formId + "\"", "There is no form \"" + formId + "\"")));
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
