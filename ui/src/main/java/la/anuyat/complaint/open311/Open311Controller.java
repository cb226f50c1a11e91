package la.anuyat.complaint.open311;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import la.anuyat.api.ApiLanguage;
import la.anuyat.authority.Authority;
import la.anuyat.authority.AuthorityService;
import la.anuyat.complaint.ComplaintChannel;
import la.anuyat.complaint.ComplaintIntake;
import la.anuyat.complaint.ComplaintService;
import la.anuyat.complaint.PublicComplaint;
import la.anuyat.complaint.api.IntakeThrottle;
import la.anuyat.complaint.process.ComplaintWorkflow;
import la.anuyat.shared.DomainException;
import la.anuyat.shared.FieldError;
import la.anuyat.shared.InvalidInputException;
import la.anuyat.shared.LocalizedText;
import la.anuyat.shared.PublicAddress;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open311 GeoReport v2 (https://wiki.open311.org/GeoReport_v2), so that civic-tech
 * clients and the government Super App file and follow complaints: services are the
 * complaint categories, service requests are complaints, the service request id is the
 * case number. Every answer comes as {@code .json} or {@code .xml}; errors in the
 * specification's format (a list of code and description). No answer carries the
 * complainant's name or contact, nor the exact place they gave: a request shows its
 * district and province and a point rounded to about a kilometre. The description is
 * withheld too: a complainant's own words may name people.
 */
@RestController
@Tag(name = "Open311", description = "Open311 GeoReport v2: complaint categories and complaints")
public class Open311Controller {

	static final String BASE = "/open311/v2";

	private static final DateTimeFormatter W3C = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

	private static final int DEFAULT_DAYS = 90;

	private static final int MAX_REQUESTS = 1000;

	private static final Set<String> ATTRIBUTES = Set.of("province", "district", "operator", "anonymous");

	private final ComplaintWorkflow workflow;

	private final ComplaintService complaints;

	private final AuthorityService authorities;

	private final IntakeThrottle throttle;

	private final PublicAddress publicAddress;

	private final Set<String> apiKeys;

	private final ZoneId zone = ZoneId.of("Asia/Vientiane");

	Open311Controller(ComplaintWorkflow workflow, ComplaintService complaints, AuthorityService authorities,
			IntakeThrottle throttle, PublicAddress publicAddress,
			@Value("${anuyat.open311.api-keys:}") List<String> apiKeys) {
		this.workflow = workflow;
		this.complaints = complaints;
		this.authorities = authorities;
		this.throttle = throttle;
		this.publicAddress = publicAddress;
		this.apiKeys = Set.copyOf(apiKeys.stream().map(String::strip).filter((key) -> !key.isEmpty()).toList());
	}

	@Operation(summary = "Service discovery")
	@GetMapping(BASE + "/discovery.{format}")
	ResponseEntity<String> discovery(@PathVariable String format) {
		return withFormat(format, (answer) -> {
			Map<String, Object> endpoint = new LinkedHashMap<>();
			endpoint.put("specification", "http://wiki.open311.org/GeoReport_v2");
			endpoint.put("url", this.publicAddress.link(BASE));
			endpoint.put("changeset", "2026-12-01T00:00:00+07:00");
			endpoint.put("type", "production");
			endpoint.put("formats", List.of("application/json", "text/xml"));
			Map<String, Object> discovery = new LinkedHashMap<>();
			discovery.put("changeset", "2026-12-01T00:00:00+07:00");
			discovery.put("contact", "Ministry of Technology and Communications, Lao PDR");
			discovery.put("key_service", "Ask the ministry for an api_key for an integration");
			discovery.put("endpoints", List.of(endpoint));
			return answer.answer(HttpStatus.OK, "discovery", "item", discovery);
		});
	}

	@Operation(summary = "The services: one per complaint category")
	@GetMapping(BASE + "/services.{format}")
	ResponseEntity<String> services(@PathVariable String format, HttpServletRequest request) {
		Locale locale = ApiLanguage.of(request);
		return withFormat(format, (answer) -> {
			List<Map<String, Object>> services = new ArrayList<>();
			for (ComplaintService.Category category : this.complaints.categories()) {
				Map<String, Object> service = new LinkedHashMap<>();
				service.put("service_code", category.code());
				service.put("service_name", category.name().in(locale));
				service.put("description", category.name().in(locale));
				service.put("metadata", true);
				service.put("type", "realtime");
				service.put("keywords", "complaint");
				service.put("group", "complaints");
				services.add(service);
			}
			return answer.answer(HttpStatus.OK, "services", "service", services);
		});
	}

	@Operation(summary = "The attributes of one service")
	@GetMapping(BASE + "/services/{code}.{format}")
	ResponseEntity<String> service(@PathVariable String code, @PathVariable String format, HttpServletRequest request) {
		Locale locale = ApiLanguage.of(request);
		return withFormat(format, (answer) -> {
			Optional<ComplaintService.Category> category = this.complaints.categories()
				.stream()
				.filter((candidate) -> candidate.code().equals(code))
				.findFirst();
			if (category.isEmpty()) {
				return answer.error(HttpStatus.NOT_FOUND, text(locale, "ບໍ່ມີບໍລິການນີ້", "No such service_code"));
			}
			List<Map<String, Object>> attributes = new ArrayList<>();
			List<Map<String, Object>> provinces = new ArrayList<>();
			for (Authority province : this.authorities.provinces()) {
				provinces.add(value(province.getCode(),
						"lo".equals(locale.getLanguage()) ? province.getNameLo()
								: (province.getProvinceNameEn() != null) ? province.getProvinceNameEn()
										: province.getNameEn()));
			}
			attributes.add(attribute("province", "singlevaluelist", true, 1,
					text(locale, "ແຂວງທີ່ເກີດເຫດ", "The province where it happened"), provinces));
			attributes.add(attribute("district", "string", false, 2, text(locale, "ເມືອງ", "The district"), null));
			attributes.add(attribute("operator", "number", false, 3,
					text(locale, "ເລກບໍລິສັດຜູ້ໃຫ້ບໍລິການ (ຈາກທະບຽນໃບອະນຸຍາດ), ຫວ່າງ = ບໍ່ຮູ້",
							"The operator's company id from the licence register; empty when unknown"),
					null));
			if (category.get().rules().anonymousAllowed()) {
				attributes.add(attribute("anonymous", "singlevaluelist", false, 4,
						text(locale, "ບໍ່ລະບຸຊື່", "File without a name or contact"),
						List.of(value("true", text(locale, "ແມ່ນ", "yes")),
								value("false", text(locale, "ບໍ່", "no")))));
			}
			Map<String, Object> definition = new LinkedHashMap<>();
			definition.put("service_code", code);
			definition.put("attributes", attributes);
			return answer.answer(HttpStatus.OK, "service_definition", "item", definition);
		});
	}

	/**
	 * Files a complaint from the specification's form-encoded fields. A refusal stores
	 * nothing; a flood from an address without a key is answered 429.
	 */
	@Operation(summary = "Create a service request (form-encoded, as the specification says)")
	@PostMapping(path = BASE + "/requests.{format}", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	ResponseEntity<String> create(@PathVariable String format, @RequestParam MultiValueMap<String, String> form,
			HttpServletRequest request) {
		Locale locale = ApiLanguage.of(request);
		return withFormat(format, (answer) -> {
			String apiKey = form.getFirst("api_key");
			if (apiKey != null && !apiKey.isEmpty() && !this.apiKeys.contains(apiKey)) {
				return answer.error(HttpStatus.FORBIDDEN, text(locale, "api_key ບໍ່ຖືກຕ້ອງ", "Invalid api_key"));
			}
			if (apiKey == null || apiKey.isEmpty()) {
				long wait = this.throttle.tryAcquire("open311", request.getRemoteAddr());
				if (wait > 0) {
					ResponseEntity<String> refused = answer.error(HttpStatus.TOO_MANY_REQUESTS,
							text(locale, "ສົ່ງຫຼາຍເກີນໄປຈາກທີ່ຢູ່ນີ້, ລອງໃໝ່ພາຍຫຼັງ",
									"Too many requests from this address; try again later"));
					return ResponseEntity.status(refused.getStatusCode())
						.headers(refused.getHeaders())
						.header("Retry-After", String.valueOf(wait))
						.body(refused.getBody());
				}
			}
			String serviceCode = form.getFirst("service_code");
			if (serviceCode == null || serviceCode.isBlank()) {
				return answer.error(HttpStatus.BAD_REQUEST,
						text(locale, "ຕ້ອງມີ service_code", "service_code is required"));
			}
			if (this.complaints.rulesOf(serviceCode).isEmpty()) {
				return answer.error(HttpStatus.BAD_REQUEST,
						text(locale, "ບໍ່ມີບໍລິການນີ້: service_code", "Unknown service_code"));
			}
			Double lat;
			Double lon;
			Long operator;
			try {
				lat = number(form.getFirst("lat"));
				lon = number(form.getFirst("long"));
				String operatorId = form.getFirst("attribute[operator]");
				operator = (operatorId == null || operatorId.isBlank()) ? null : Long.valueOf(operatorId.strip());
			}
			catch (NumberFormatException ex) {
				return answer.error(HttpStatus.BAD_REQUEST,
						text(locale, "lat, long ຫຼື attribute[operator] ບໍ່ແມ່ນຕົວເລກ",
								"lat, long or attribute[operator] is not a number"));
			}
			String name = String.join(" ", nonBlank(form.getFirst("first_name"), form.getFirst("last_name")));
			ComplaintIntake intake = new ComplaintIntake(serviceCode, operator, form.getFirst("attribute[province]"),
					form.getFirst("attribute[district]"), form.getFirst("address_string"), lat, lon,
					form.getFirst("description"), name.isBlank() ? null : name, form.getFirst("email"),
					form.getFirst("phone"), "true".equals(form.getFirst("attribute[anonymous]")),
					"lo".equals(locale.getLanguage()) ? ApiLanguage.LAO : Locale.ENGLISH, ComplaintChannel.OPEN311,
					List.of());
			try {
				ComplaintWorkflow.Filed filed = this.workflow.file(la.anuyat.complaint.ComplaintService.PUBLIC, intake);
				Map<String, Object> created = new LinkedHashMap<>();
				created.put("service_request_id", filed.caseNumber());
				created.put("service_notice",
						text(locale, "ລະຫັດຕິດຕາມ: " + filed.trackingCode(), "Tracking code: " + filed.trackingCode()));
				return answer.answer(HttpStatus.CREATED, "service_requests", "request", List.of(created));
			}
			catch (InvalidInputException ex) {
				return invalid(answer, ex, locale);
			}
			catch (DomainException ex) {
				return answer.error(HttpStatus.BAD_REQUEST, ex.text().in(locale));
			}
		});
	}

	@Operation(summary = "Service requests, newest first (default: the last 90 days, at most 1000)")
	@GetMapping(BASE + "/requests.{format}")
	ResponseEntity<String> requests(@PathVariable String format,
			@RequestParam(name = "service_request_id", required = false) String ids,
			@RequestParam(name = "service_code", required = false) String serviceCode,
			@RequestParam(name = "start_date", required = false) String startDate,
			@RequestParam(name = "end_date", required = false) String endDate,
			@RequestParam(name = "status", required = false) String status, HttpServletRequest request) {
		Locale locale = ApiLanguage.of(request);
		return withFormat(format, (answer) -> {
			if (ids != null && !ids.isBlank()) {
				List<Map<String, Object>> found = new ArrayList<>();
				for (String id : ids.split(",")) {
					this.complaints.publicByCaseNumber(id.strip()).ifPresent((c) -> found.add(request(c, locale)));
				}
				return answer.answer(HttpStatus.OK, "service_requests", "request", found);
			}
			LocalDateTime from;
			LocalDateTime until;
			try {
				until = (endDate == null || endDate.isBlank()) ? null : local(endDate);
				from = (startDate == null || startDate.isBlank())
						? ((until != null) ? until : LocalDateTime.now(this.zone)).minusDays(DEFAULT_DAYS)
						: local(startDate);
			}
			catch (DateTimeParseException ex) {
				return answer.error(HttpStatus.BAD_REQUEST, text(locale, "start_date ຫຼື end_date ບໍ່ຖືກຮູບແບບ",
						"start_date or end_date is not a w3c date-time, e.g. 2026-12-01T00:00:00+07:00"));
			}
			Boolean closed = null;
			if (status != null && !status.isBlank()) {
				if (!Set.of("open", "closed").contains(status.strip())) {
					return answer.error(HttpStatus.BAD_REQUEST,
							text(locale, "status ຕ້ອງແມ່ນ open ຫຼື closed", "status must be open or closed"));
				}
				closed = "closed".equals(status.strip());
			}
			if (serviceCode != null && !serviceCode.isBlank() && this.complaints.rulesOf(serviceCode).isEmpty()) {
				return answer.error(HttpStatus.BAD_REQUEST, text(locale, "ບໍ່ມີບໍລິການນີ້", "Unknown service_code"));
			}
			List<Map<String, Object>> found = this.complaints
				.publicList((serviceCode == null || serviceCode.isBlank()) ? null : serviceCode, from, until, closed,
						MAX_REQUESTS)
				.stream()
				.map((complaint) -> request(complaint, locale))
				.toList();
			return answer.answer(HttpStatus.OK, "service_requests", "request", found);
		});
	}

	@Operation(summary = "One service request by its id")
	@GetMapping(BASE + "/requests/{id}.{format}")
	ResponseEntity<String> request(@PathVariable String id, @PathVariable String format, HttpServletRequest request) {
		Locale locale = ApiLanguage.of(request);
		return withFormat(format,
				(answer) -> this.complaints.publicByCaseNumber(id)
					.map((complaint) -> answer.answer(HttpStatus.OK, "service_requests", "request",
							List.of(request(complaint, locale))))
					.orElseGet(() -> answer.error(HttpStatus.NOT_FOUND,
							text(locale, "ບໍ່ພົບຄຳຮ້ອງນີ້", "No such service_request_id"))));
	}

	private Map<String, Object> request(PublicComplaint complaint, Locale locale) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("service_request_id", complaint.caseNumber());
		request.put("status", complaint.open() ? "open" : "closed");
		request.put("status_notes", complaint.stage().label().in(locale));
		request.put("service_name", complaint.categoryName().in(locale));
		request.put("service_code", complaint.category());
		request.put("agency_responsible", complaint.authorityName().in(locale));
		request.put("requested_datetime", w3c(complaint.filedAt()));
		request.put("updated_datetime", w3c(complaint.updatedAt()));
		if (complaint.responseDue() != null && complaint.open()) {
			request.put("expected_datetime", w3c(complaint.responseDue()));
		}
		String district = (complaint.district() != null) ? complaint.district() + ", " : "";
		request.put("address", district + complaint.provinceCode());
		if (complaint.latitude() != null) {
			// about a kilometre: where, not whose door
			request.put("lat", Math.round(complaint.latitude() * 100) / 100.0);
			request.put("long", Math.round(complaint.longitude() * 100) / 100.0);
		}
		return request;
	}

	private ResponseEntity<String> invalid(Open311Format answer, InvalidInputException ex, Locale locale) {
		List<Map<String, Object>> errors = new ArrayList<>();
		for (FieldError error : ex.fieldErrors()) {
			errors.add(Map.of("code", 400, "description",
					open311Field(error.field()) + ": " + error.message().in(locale)));
		}
		if (errors.isEmpty()) {
			errors.add(Map.of("code", 400, "description", ex.text().in(locale)));
		}
		return answer.answer(HttpStatus.BAD_REQUEST, "errors", "error", errors);
	}

	// the request's own names, so that a client can point at the field
	private static String open311Field(String field) {
		return switch (field) {
			case "category" -> "service_code";
			case "province", "district", "anonymous" -> "attribute[" + field + "]";
			case "respondent" -> "attribute[operator]";
			case "place" -> "address_string";
			case "location" -> "lat";
			case "name" -> "first_name";
			default -> field;
		};
	}

	private ResponseEntity<String> withFormat(String extension,
			java.util.function.Function<Open311Format, ResponseEntity<String>> answer) {
		Open311Format format = Open311Format.of(extension);
		if (format == null) {
			return Open311Format.JSON.error(HttpStatus.NOT_FOUND, "Use .json or .xml");
		}
		return answer.apply(format);
	}

	private LocalDateTime local(String w3c) {
		return OffsetDateTime.parse(w3c.strip().replace(' ', '+'), W3C).atZoneSameInstant(this.zone).toLocalDateTime();
	}

	private String w3c(LocalDateTime at) {
		return (at == null) ? null : at.atZone(this.zone).toOffsetDateTime().format(W3C);
	}

	private static Map<String, Object> attribute(String code, String datatype, boolean required, int order,
			String description, List<Map<String, Object>> values) {
		Map<String, Object> attribute = new LinkedHashMap<>();
		attribute.put("variable", true);
		attribute.put("code", code);
		attribute.put("datatype", datatype);
		attribute.put("required", required);
		attribute.put("datatype_description", description);
		attribute.put("order", order);
		attribute.put("description", description);
		if (values != null) {
			attribute.put("values", values);
		}
		return attribute;
	}

	private static Map<String, Object> value(String key, String name) {
		Map<String, Object> value = new LinkedHashMap<>();
		value.put("key", key);
		value.put("name", name);
		return value;
	}

	private static Double number(String text) {
		return (text == null || text.isBlank()) ? null : Double.valueOf(text.strip());
	}

	private static List<String> nonBlank(String... parts) {
		List<String> kept = new ArrayList<>();
		for (String part : parts) {
			if (part != null && !part.isBlank()) {
				kept.add(part.strip());
			}
		}
		return kept;
	}

	private static String text(Locale locale, String lo, String en) {
		return LocalizedText.of(lo, en).in(locale);
	}

}
