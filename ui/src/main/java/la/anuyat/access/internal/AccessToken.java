package la.anuyat.access.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import la.anuyat.identity.Role;

/**
 * A personal access token of a service account: acts as that account with the roles it
 * was scoped to, until it expires or is revoked. Only the SHA-256 of its secret is kept;
 * the secret itself is shown once, when the token is created.
 */
@Entity
@Table(name = "access_token")
class AccessToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "name", nullable = false)
	private String name;

	@Column(name = "username", nullable = false)
	private String username;

	@Column(name = "roles", nullable = false)
	private String roles;

	@Column(name = "authority_code")
	private String authorityCode;

	@Column(name = "token_hash", nullable = false, unique = true)
	private String tokenHash;

	@Column(name = "created_by", nullable = false)
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "expires_at", nullable = false)
	private Instant expiresAt;

	@Column(name = "revoked_at")
	private Instant revokedAt;

	@Column(name = "revoked_by")
	private String revokedBy;

	@Column(name = "last_used_at")
	private Instant lastUsedAt;

	protected AccessToken() {
	}

	AccessToken(String name, String username, List<Role> roles, String authorityCode, String tokenHash,
			String createdBy, Instant createdAt, Instant expiresAt) {
		this.name = name;
		this.username = username;
		this.roles = roles.stream().map(Role::name).collect(Collectors.joining(","));
		this.authorityCode = authorityCode;
		this.tokenHash = tokenHash;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	boolean usableAt(Instant now) {
		return this.revokedAt == null && now.isBefore(this.expiresAt);
	}

	void revoke(String by, Instant at) {
		if (this.revokedAt == null) {
			this.revokedAt = at;
			this.revokedBy = by;
		}
	}

	Long getId() {
		return this.id;
	}

	String getName() {
		return this.name;
	}

	String getUsername() {
		return this.username;
	}

	List<Role> getRoles() {
		return Arrays.stream(this.roles.split(",")).filter((role) -> !role.isBlank()).map(Role::valueOf).toList();
	}

	String getAuthorityCode() {
		return this.authorityCode;
	}

	String getCreatedBy() {
		return this.createdBy;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Instant getExpiresAt() {
		return this.expiresAt;
	}

	Instant getRevokedAt() {
		return this.revokedAt;
	}

	String getRevokedBy() {
		return this.revokedBy;
	}

	Instant getLastUsedAt() {
		return this.lastUsedAt;
	}

}
