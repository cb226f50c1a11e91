package la.anuyat.party.api;

import java.net.URI;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import la.anuyat.party.PartyService;
import la.anuyat.shared.DomainException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The link in the sign-up mail. Confirms the applicant's e-mail address and sends the
 * browser on to the login view, which tells the outcome: {@code /login?confirmed} or
 * {@code /login?confirmFailed}.
 */
@RestController
@Hidden
class EmailConfirmationController {

	private final PartyService parties;

	EmailConfirmationController(PartyService parties) {
		this.parties = parties;
	}

	@GetMapping("/confirm-email")
	ResponseEntity<Void> confirm(@RequestParam(name = "token", required = false) String token,
			HttpServletRequest request) {
		String outcome;
		try {
			this.parties.confirmEmail(token);
			outcome = "confirmed";
		}
		catch (DomainException ex) {
			// unknown, spent or already used token: nothing to reveal beyond "it did not
			// work"
			outcome = "account.confirmationExpired".equals(ex.code()) ? "confirmExpired" : "confirmFailed";
		}
		return ResponseEntity.status(HttpStatus.FOUND)
			.location(URI.create(request.getContextPath() + "/login?" + outcome))
			.build();
	}

}
