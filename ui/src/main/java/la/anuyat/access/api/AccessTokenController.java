package la.anuyat.access.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import la.anuyat.identity.CurrentActor;
import la.anuyat.access.internal.AccessTokenService;
import la.anuyat.identity.Role;
import la.anuyat.shared.FieldError;
import la.anuyat.shared.InvalidInputException;
import la.anuyat.shared.LocalizedText;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Personal access tokens of service accounts, for administrators.
 */
@RestController
@RequestMapping("/api/v1/access-tokens")
@Tag(name = "Access tokens",
		description = "Bearer tokens for integrations: created by an administrator, shown once, expiring, revocable")
class AccessTokenController {

	private final CurrentActor currentActor;

	private final AccessTokenService tokens;

	AccessTokenController(CurrentActor currentActor, AccessTokenService tokens) {
		this.currentActor = currentActor;
		this.tokens = tokens;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a token acting as an account (administrators only)",
			description = "roles omitted: all of the account's roles; otherwise a subset of them. The authority is the "
					+ "account's. The secret is in 'token' of this answer only; send it as 'Authorization: Bearer "
					+ "<token>'. expiresInDays defaults to 30.")
	CreatedToken create(@RequestBody NewToken body) {
		AccessTokenService.IssuedToken issued = this.tokens.create(this.currentActor.actor(), body.name(),
				body.username(), roles(body.roles()), body.expiresInDays());
		AccessTokenService.Description token = issued.token();
		return new CreatedToken(token.id(), token.name(), token.username(), token.roles(), token.authorityCode(),
				token.expiresAt(), issued.secret());
	}

	@GetMapping
	@Operation(summary = "List the tokens, revoked ones included, without their secrets (administrators only)")
	List<AccessTokenService.Description> list() {
		return this.tokens.list(this.currentActor.actor());
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Revoke a token (administrators only)")
	void revoke(@PathVariable("id") long id) {
		this.tokens.revoke(this.currentActor.actor(), id);
	}

	private static List<Role> roles(List<String> names) {
		if (names == null) {
			return null;
		}
		List<Role> roles = new ArrayList<>();
		for (String name : names) {
			try {
				roles.add(Role.valueOf(String.valueOf(name).strip()));
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidInputException("accessToken.invalid",
						LocalizedText.of("ຂໍ້ມູນຂອງໂທເຄັນບໍ່ຖືກຕ້ອງ", "The access token's data are not valid"),
						List.of(new FieldError("roles",
								LocalizedText.of("ບໍ່ມີບົດບາດນີ້: " + name, "No such role: " + name))));
			}
		}
		return roles;
	}

	record NewToken(String name, String username, List<String> roles, Integer expiresInDays) {
	}

	record CreatedToken(long id, String name, String username, List<Role> roles, String authorityCode,
			Instant expiresAt, String token) {
	}

}
