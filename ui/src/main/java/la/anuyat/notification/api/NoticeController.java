package la.anuyat.notification.api;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import la.anuyat.identity.CurrentActor;
import la.anuyat.identity.Actor;
import la.anuyat.notification.Notice;
import la.anuyat.notification.NotificationService;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in user's notices: for an applicant, the steps of their applications that
 * need them or that they wait for; for staff, the cases that need their attention.
 */
@RestController
@RequestMapping("/api/v1/notices")
@Tag(name = "Notices", description = "The signed-in user's notices about their applications or cases")
class NoticeController {

	/** As many as a person reads; older ones stay in the case history. */
	private static final int LATEST = 50;

	private final CurrentActor currentActor;

	private final NotificationService notifications;

	NoticeController(CurrentActor currentActor, NotificationService notifications) {
		this.currentActor = currentActor;
		this.notifications = notifications;
	}

	@GetMapping
	@Operation(summary = "The caller's latest notices, newest first, with the number still unread "
			+ "(texts in the request's language)")
	Notices notices(Locale locale) {
		Actor actor = this.currentActor.actor();
		List<NoticeEntry> latest = this.notifications.noticesOf(actor, LATEST)
			.stream()
			.map((notice) -> NoticeEntry.of(notice, locale))
			.toList();
		return new Notices(this.notifications.unreadNoticesOf(actor), latest);
	}

	@PostMapping("/{id}/read")
	@Operation(summary = "Marks one of the caller's notices read")
	ResponseEntity<Void> markRead(@PathVariable long id) {
		this.notifications.markNoticeRead(this.currentActor.actor(), id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/read")
	@Operation(summary = "Marks all of the caller's notices read")
	ResponseEntity<Void> markAllRead() {
		this.notifications.markAllNoticesRead(this.currentActor.actor());
		return ResponseEntity.noContent().build();
	}

	record Notices(long unread, List<NoticeEntry> notices) {

	}

	/** One notice, in the request's language. */
	@Schema(name = "Notice")
	record NoticeEntry(long id, String kind, String caseNumber, String title, String text, String link,
			LocalDateTime createdAt, boolean read) {

		static NoticeEntry of(Notice notice, Locale locale) {
			return new NoticeEntry(notice.getId(), notice.getKind(), notice.getCaseNumber(), notice.title(locale),
					notice.text(locale), notice.getLink(), notice.getCreatedAt(), notice.isRead());
		}

	}

}
