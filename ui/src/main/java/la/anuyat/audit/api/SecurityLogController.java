package la.anuyat.audit.api;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import la.anuyat.identity.CurrentActor;
import la.anuyat.audit.SecurityEvent;
import la.anuyat.audit.SecurityLog;
import la.anuyat.identity.Role;
import la.anuyat.shared.ForbiddenException;
import la.anuyat.shared.LocalizedText;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The security log (failed logins, locks, refused actions), for administrators.
 */
@RestController
@RequestMapping("/api/v1/security-log")
@Tag(name = "Security log", description = "Failed logins, locks and refused actions, for administrators")
class SecurityLogController {

	private final CurrentActor currentActor;

	private final SecurityLog securityLog;

	SecurityLogController(CurrentActor currentActor, SecurityLog securityLog) {
		this.currentActor = currentActor;
		this.securityLog = securityLog;
	}

	@GetMapping
	@Operation(summary = "The newest security events first (administrators only)",
			description = "kind: LOGIN_FAILED, LOGIN_LOCKED, LOGIN_REFUSED, TOKEN_REFUSED or ACCESS_DENIED; from and "
					+ "until are ISO-8601 instants; limit 1 to 1000 (default 200).")
	List<Event> events(@RequestParam(name = "kind", required = false) SecurityEvent.Kind kind,
			@RequestParam(name = "username", required = false) String username,
			@RequestParam(name = "address", required = false) String address,
			@RequestParam(name = "from", required = false) Instant from,
			@RequestParam(name = "until", required = false) Instant until,
			@RequestParam(name = "limit", defaultValue = "200") int limit) {
		if (this.currentActor.actor().role() != Role.ADMINISTRATOR) {
			throw new ForbiddenException("securityLog.forbidden",
					LocalizedText.of("ມີແຕ່ຜູ້ບໍລິຫານລະບົບເທົ່ານັ້ນທີ່ອ່ານບັນທຶກຄວາມປອດໄພໄດ້",
							"Only an administrator may read the security log"));
		}
		return this.securityLog.events(kind, username, address, from, until, limit)
			.stream()
			.map((event) -> new Event(event.getId(), event.getAt(), event.getKind(), event.getUsername(),
					event.getClientAddress(), event.getChannel(), event.getDetail()))
			.toList();
	}

	record Event(long id, Instant at, SecurityEvent.Kind kind, String username, String clientAddress, String channel,
			String detail) {
	}

}
