package la.anuyat.complaint.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import la.anuyat.access.SignedInActor;
import la.anuyat.api.ApiLanguage;
import la.anuyat.api.ApiProblems;
import la.anuyat.complaint.ComplaintChannel;
import la.anuyat.complaint.ComplaintIntake;
import la.anuyat.complaint.ComplaintService;
import la.anuyat.complaint.PublicComplaint;
import la.anuyat.complaint.process.ComplaintWorkflow;
import la.anuyat.identity.Actor;
import la.anuyat.shared.LocalizedText;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Complaints from the public without sign-in: file one (form fields and files, as the
 * public web form sends them), follow it by its tracking code, rate and reopen it. A
 * signed-in officer files through the same endpoint with the channel PHONE or COUNTER.
 * Officers triage through {@code /api/v1/complaint-cases}.
 */
@RestController
@Tag(name = "Complaints", description = "Complaints from the public: filing and tracking without sign-in")
public class ComplaintController {

	private final ComplaintWorkflow workflow;

	private final ComplaintService complaints;

	private final SignedInActor actors;

	private final IntakeThrottle throttle;

	ComplaintController(ComplaintWorkflow workflow, ComplaintService complaints, SignedInActor actors,
			IntakeThrottle throttle) {
		this.workflow = workflow;
		this.complaints = complaints;
		this.actors = actors;
		this.throttle = throttle;
	}

	@Operation(summary = "The complaint categories, and whether each may be filed anonymously")
	@GetMapping("/api/v1/complaint-categories")
	List<CategoryView> categories(Locale locale) {
		return this.complaints.categories()
			.stream()
			.map((category) -> new CategoryView(category.code(), category.name().in(locale),
					category.rules().anonymousAllowed(), category.rules().responseDays()))
			.toList();
	}

	@Operation(summary = "File a complaint (multipart/form-data or form-encoded); answers its tracking code")
	@PostMapping(path = "/api/v1/complaints",
			consumes = { MediaType.MULTIPART_FORM_DATA_VALUE, MediaType.APPLICATION_FORM_URLENCODED_VALUE })
	ResponseEntity<?> file(@RequestParam(required = false) String category,
			@RequestParam(required = false) Long respondentCompanyId, @RequestParam(required = false) String province,
			@RequestParam(required = false) String district, @RequestParam(required = false) String place,
			@RequestParam(required = false) Double latitude, @RequestParam(required = false) Double longitude,
			@RequestParam(required = false) String description, @RequestParam(required = false) String name,
			@RequestParam(required = false) String email, @RequestParam(required = false) String phone,
			@RequestParam(defaultValue = "false") boolean anonymous, @RequestParam(required = false) String channel,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, HttpServletRequest request,
			Locale locale) {
		Actor actor = this.actors.current().orElse(ComplaintService.PUBLIC);
		if (!actor.isStaff()) {
			long wait = this.throttle.tryAcquire("web", request.getRemoteAddr());
			if (wait > 0) {
				return tooMany(wait, locale);
			}
		}
		ComplaintChannel via = actor.isStaff() && "COUNTER".equals(channel) ? ComplaintChannel.COUNTER
				: actor.isStaff() ? ComplaintChannel.PHONE : ComplaintChannel.WEB;
		ComplaintIntake intake = new ComplaintIntake(category, respondentCompanyId, province, district, place, latitude,
				longitude, description, name, email, phone, anonymous,
				ApiLanguage.LAO.getLanguage().equals(locale.getLanguage()) ? ApiLanguage.LAO : Locale.ENGLISH, via,
				evidence(files));
		ComplaintWorkflow.Filed filed = this.workflow.file(actor, intake);
		return ResponseEntity.created(URI.create("/api/v1/complaints/" + filed.trackingCode()))
			.body(new FiledView(filed.caseNumber(), filed.trackingCode(),
					"/complaints/track?code=" + filed.trackingCode()));
	}

	@Operation(summary = "Follow a complaint by its tracking code: its status and public history")
	@GetMapping("/api/v1/complaints/{trackingCode}")
	TrackView track(@PathVariable String trackingCode, Locale locale) {
		return TrackView.of(this.complaints.track(trackingCode), locale, trackingCode);
	}

	@Operation(summary = "The signed decision letter (Lao and English) of a decided complaint, by its tracking code",
			description = "404 for an unknown code or before the decision.")
	@GetMapping(path = "/api/v1/complaints/{trackingCode}/decision.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> decisionLetter(@PathVariable String trackingCode) {
		byte[] pdf = this.complaints.decisionLetter(trackingCode);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"complaint-decision.pdf\"")
			.body(pdf);
	}

	@Operation(summary = "Rate the handling of a decided complaint (1–5), within its window")
	@PostMapping("/api/v1/complaints/{trackingCode}/rating")
	TrackView rate(@PathVariable String trackingCode, @RequestBody RatingRequest rating, Locale locale) {
		return TrackView.of(this.complaints.rate(trackingCode, rating.rating(), rating.comment()), locale,
				trackingCode);
	}

	@Operation(summary = "Reopen a decided complaint within its window, with the reason")
	@PostMapping("/api/v1/complaints/{trackingCode}/reopen")
	TrackView reopen(@PathVariable String trackingCode, @RequestBody ReopenRequest reopen, Locale locale) {
		this.workflow.reopen(trackingCode, reopen.reason());
		return TrackView.of(this.complaints.track(trackingCode), locale, trackingCode);
	}

	static List<ComplaintIntake.Evidence> evidence(List<MultipartFile> files) {
		List<ComplaintIntake.Evidence> evidence = new ArrayList<>();
		if (files != null) {
			for (MultipartFile file : files) {
				if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isEmpty())) {
					continue;
				}
				try {
					evidence.add(new ComplaintIntake.Evidence(file.getOriginalFilename(), file.getBytes()));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
		}
		return evidence;
	}

	private static ResponseEntity<ProblemDetail> tooMany(long wait, Locale locale) {
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(wait))
			.body(ApiProblems.problem(HttpStatus.TOO_MANY_REQUESTS, "complaint.throttled",
					LocalizedText.of("ສົ່ງຄຳຮ້ອງທຸກຫຼາຍເກີນໄປຈາກທີ່ຢູ່ນີ້, ກະລຸນາລອງໃໝ່ພາຍຫຼັງ",
							"Too many complaints from this address; please try again later"),
					locale));
	}

	record CategoryView(String code, String name, boolean anonymousAllowed, int operatorResponseDays) {
	}

	record FiledView(String caseNumber, String trackingCode, String trackingPage) {
	}

	record RatingRequest(int rating, String comment) {
	}

	record ReopenRequest(String reason) {
	}

	record StepView(LocalDateTime at, String stage, String text) {
	}

	/** A mediation meeting: when and where, never who takes part. */
	record MeetingView(LocalDateTime at, String place, String outcome) {
	}

	/** What the public sees of a complaint: never a name or a contact. */
	record TrackView(String caseNumber, String category, String categoryName, String stage, String stageName,
			boolean open, String province, String district, String authority, String operator, LocalDateTime filedAt,
			LocalDateTime updatedAt, LocalDateTime responseDue, String operatorResponse, Boolean upheld, String reasons,
			String remedy, LocalDateTime mayRateOrReopenUntil, Integer rating, List<StepView> history,
			MeetingView mediation, String decisionLetter) {

		static TrackView of(PublicComplaint complaint, Locale locale) {
			return new TrackView(complaint.caseNumber(), complaint.category(), complaint.categoryName().in(locale),
					complaint.stage().name(), complaint.stage().label().in(locale), complaint.open(),
					complaint.provinceCode(), complaint.district(), complaint.authorityName().in(locale),
					(complaint.respondentName() != null) ? complaint.respondentName().in(locale) : null,
					complaint.filedAt(), complaint.updatedAt(), complaint.responseDue(), complaint.response(),
					complaint.upheld(), complaint.reasons(), complaint.remedy(), complaint.windowClosesAt(),
					complaint.rating(),
					complaint.steps()
						.stream()
						.map((step) -> new StepView(step.at(), step.stage().name(), step.text().in(locale)))
						.toList(),
					(complaint.mediation() != null) ? new MeetingView(complaint.mediation().at(),
							complaint.mediation().place(),
							(complaint.mediation().outcome() != null) ? complaint.mediation().outcome().name() : null)
							: null,
					null);
		}

		/** With the link to the decision letter, which only the code's holder knows. */
		static TrackView of(PublicComplaint complaint, Locale locale, String trackingCode) {
			TrackView view = of(complaint, locale);
			return complaint.decisionLetter() ? view.withLetter("/api/v1/complaints/" + trackingCode + "/decision.pdf")
					: view;
		}

		TrackView withLetter(String link) {
			return new TrackView(this.caseNumber, this.category, this.categoryName, this.stage, this.stageName,
					this.open, this.province, this.district, this.authority, this.operator, this.filedAt,
					this.updatedAt, this.responseDue, this.operatorResponse, this.upheld, this.reasons, this.remedy,
					this.mayRateOrReopenUntil, this.rating, this.history, this.mediation, link);
		}

	}

}
