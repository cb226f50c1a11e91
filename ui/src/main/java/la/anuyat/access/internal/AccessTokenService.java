package la.anuyat.access.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import la.anuyat.audit.AuditTrail;
import la.anuyat.identity.Actor;
import la.anuyat.identity.Role;
import la.anuyat.shared.FieldError;
import la.anuyat.shared.ForbiddenException;
import la.anuyat.shared.InvalidInputException;
import la.anuyat.shared.LocalizedText;
import la.anuyat.shared.NotFoundException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Personal access tokens for integrations (e-payment, the government data exchange, a
 * Super App): created and revoked by an administrator, audited, and checked on every
 * {@code Authorization: Bearer} request of the API. The secret is 256 random bits; being
 * no password, it is stored as a plain SHA-256, which is looked up through an index in
 * microseconds instead of bcrypt's tens of milliseconds. Found tokens are kept in memory
 * for {@code anuyat.access-tokens.cache-ttl}; a revocation empties this node's cache at
 * once and reaches the other nodes' caches within that time. The last use is written at
 * most once a minute per token.
 */
@Service
@Transactional
public class AccessTokenService {

	private static final String PREFIX = "anuyat_";

	private static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

	private static final int MAX_NAME = 100;

	private final SecureRandom random = new SecureRandom();

	private final Map<String, Cached> cache = new ConcurrentHashMap<>();

	private final Map<Long, Instant> lastUseRecorded = new ConcurrentHashMap<>();

	private final AccessTokenRepository tokens;

	private final AccountDetailsService accounts;

	private final AuditTrail audit;

	private final Clock clock;

	private final Duration cacheTtl;

	private final int maxDays;

	private final TransactionTemplate writes;

	AccessTokenService(AccessTokenRepository tokens, AccountDetailsService accounts, AuditTrail audit, Clock clock,
			@Value("${anuyat.access-tokens.cache-ttl:30s}") Duration cacheTtl,
			@Value("${anuyat.access-tokens.max-days:365}") int maxDays, PlatformTransactionManager transactionManager) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
		this.cacheTtl = cacheTtl;
		this.maxDays = maxDays;
		this.writes = new TransactionTemplate(transactionManager);
	}

	/**
	 * Creates a token acting as {@code username} with the given roles (all of the
	 * account's when none are given; never more) in the account's authority.
	 * @return the token with its secret, which is not kept and cannot be shown again
	 */
	public IssuedToken create(Actor by, String name, String username, List<Role> roles, Integer expiresInDays) {
		requireAdministrator(by);
		List<FieldError> errors = new ArrayList<>();
		if (name == null || name.isBlank() || name.strip().length() > MAX_NAME) {
			errors.add(new FieldError("name", LocalizedText.of("ກະລຸນາໃສ່ຊື່ຂອງໂທເຄັນ (ບໍ່ເກີນ 100 ຕົວອັກສອນ)",
					"Enter a name for the token (at most 100 characters)")));
		}
		Optional<SignedInUser> account = this.accounts.user(username);
		if (account.isEmpty()) {
			errors.add(new FieldError("username", LocalizedText.of("ບໍ່ພົບບັນຊີຜູ້ໃຊ້ນີ້", "No such account")));
		}
		List<Role> accountRoles = account.map((user) -> List.of(user.actor().role())).orElse(List.of());
		List<Role> scoped = (roles == null || roles.isEmpty()) ? accountRoles : List.copyOf(roles);
		if (account.isPresent() && !accountRoles.containsAll(scoped)) {
			errors.add(new FieldError("roles", LocalizedText.of("ບົດບາດຂອງໂທເຄັນຕ້ອງເປັນບົດບາດຂອງບັນຊີນີ້ເທົ່ານັ້ນ",
					"The token's roles must be roles of this account: " + accountRoles)));
		}
		int days = (expiresInDays == null) ? 30 : expiresInDays;
		if (days < 1 || days > this.maxDays) {
			errors.add(new FieldError("expiresInDays",
					LocalizedText.of("ອາຍຸຂອງໂທເຄັນຕ້ອງຢູ່ລະຫວ່າງ 1 ຫາ " + this.maxDays + " ມື້",
							"A token must expire within 1 to " + this.maxDays + " days")));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("accessToken.invalid",
					LocalizedText.of("ຂໍ້ມູນຂອງໂທເຄັນບໍ່ຖືກຕ້ອງ", "The access token's data are not valid"), errors);
		}
		Actor owner = account.get().actor();
		byte[] secretBytes = new byte[32];
		this.random.nextBytes(secretBytes);
		String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secretBytes);
		Instant now = Instant.now(this.clock);
		AccessToken token = this.tokens.save(new AccessToken(name.strip(), owner.username(), scoped,
				owner.authorityCode(), hash(secret), by.username(), now, now.plus(Duration.ofDays(days))));
		this.audit.record(by.username(), "accessToken.created", "accessToken", String.valueOf(token.getId()),
				"\"" + token.getName() + "\" for " + owner.username() + " roles=" + scoped + " authority="
						+ owner.authorityCode() + " expires " + token.getExpiresAt(),
				null);
		return new IssuedToken(describe(token), secret);
	}

	@Transactional(readOnly = true)
	public List<Description> list(Actor by) {
		requireAdministrator(by);
		return this.tokens.findAllByOrderByIdDesc().stream().map(AccessTokenService::describe).toList();
	}

	public void revoke(Actor by, long id) {
		requireAdministrator(by);
		AccessToken token = this.tokens.findById(id)
			.orElseThrow(() -> new NotFoundException("accessToken.notFound",
					LocalizedText.of("ບໍ່ພົບໂທເຄັນນີ້", "No such access token")));
		token.revoke(by.username(), Instant.now(this.clock));
		this.cache.values().removeIf((cached) -> cached.tokenId() == id);
		this.audit.record(by.username(), "accessToken.revoked", "accessToken", String.valueOf(id),
				"\"" + token.getName() + "\" of " + token.getUsername(), null);
	}

	/**
	 * The account a bearer token acts as, while the token is neither expired nor revoked
	 * and the account still holds the token's role in the token's authority. Outside any
	 * transaction: a cached token costs no database work at all, and the occasional
	 * last-use update writes in a short transaction of its own.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	Optional<SignedInUser> authenticate(String secret) {
		if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 200) {
			return Optional.empty();
		}
		Instant now = Instant.now(this.clock);
		String hash = hash(secret);
		Cached cached = this.cache.get(hash);
		if (cached == null || now.isAfter(cached.loadedAt().plus(this.cacheTtl))) {
			cached = load(hash, now);
			if (cached == null) {
				this.cache.remove(hash);
				return Optional.empty();
			}
			this.cache.put(hash, cached);
		}
		if (!now.isBefore(cached.expiresAt())) {
			return Optional.empty();
		}
		recordUse(cached.tokenId(), now);
		return Optional.of(cached.user());
	}

	private Cached load(String hash, Instant now) {
		AccessToken token = this.tokens.findByTokenHash(hash).filter((found) -> found.usableAt(now)).orElse(null);
		if (token == null) {
			return null;
		}
		SignedInUser user = this.accounts.user(token.getUsername())
			.filter(SignedInUser::isEmailConfirmed)
			.filter((account) -> token.getRoles().contains(account.actor().role()))
			.filter((account) -> java.util.Objects.equals(account.actor().authorityCode(), token.getAuthorityCode()))
			.orElse(null);
		return (user == null) ? null : new Cached(token.getId(), user, token.getExpiresAt(), now);
	}

	private void recordUse(long tokenId, Instant now) {
		Instant last = this.lastUseRecorded.get(tokenId);
		if (last != null && now.isBefore(last.plus(LAST_USE_PRECISION))) {
			return;
		}
		this.lastUseRecorded.put(tokenId, now);
		this.writes.executeWithoutResult((status) -> this.tokens.recordUse(tokenId, now));
	}

	private static void requireAdministrator(Actor by) {
		if (by == null || by.role() != Role.ADMINISTRATOR) {
			throw new ForbiddenException("accessToken.forbidden",
					LocalizedText.of("ມີແຕ່ຜູ້ບໍລິຫານລະບົບເທົ່ານັ້ນທີ່ຈັດການໂທເຄັນໄດ້",
							"Only an administrator may manage access tokens"));
		}
	}

	static String hash(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Description describe(AccessToken token) {
		return new Description(token.getId(), token.getName(), token.getUsername(), token.getRoles(),
				token.getAuthorityCode(), token.getCreatedBy(), token.getCreatedAt(), token.getExpiresAt(),
				token.getLastUsedAt(), token.getRevokedAt(), token.getRevokedBy());
	}

	/**
	 * A token as listed: everything but its secret.
	 */
	public record Description(long id, String name, String username, List<Role> roles, String authorityCode,
			String createdBy, Instant createdAt, Instant expiresAt, Instant lastUsedAt, Instant revokedAt,
			String revokedBy) {
	}

	/**
	 * A token just created, with the secret shown this once.
	 */
	public record IssuedToken(Description token, String secret) {
	}

	private record Cached(long tokenId, SignedInUser user, Instant expiresAt, Instant loadedAt) {
	}

}
