package la.anuyat.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One line of the security log: a failed login, a lock, a login refused while locked, a
 * refused token or a refused action, with the account named and the client's address.
 */
@Entity
@Table(name = "security_event")
public class SecurityEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "at", nullable = false)
	private Instant at;

	@Enumerated(EnumType.STRING)
	@Column(name = "kind", nullable = false)
	private Kind kind;

	@Column(name = "username")
	private String username;

	@Column(name = "client_address")
	private String clientAddress;

	@Column(name = "channel")
	private String channel;

	@Column(name = "detail")
	private String detail;

	protected SecurityEvent() {
	}

	SecurityEvent(Instant at, Kind kind, String username, String clientAddress, String channel, String detail) {
		this.at = at;
		this.kind = kind;
		this.username = cap(username, 200);
		this.clientAddress = cap(clientAddress, 100);
		this.channel = cap(channel, 20);
		this.detail = cap(detail, 1000);
	}

	private static String cap(String value, int length) {
		return (value == null || value.length() <= length) ? value : value.substring(0, length);
	}

	public Long getId() {
		return this.id;
	}

	public Instant getAt() {
		return this.at;
	}

	public Kind getKind() {
		return this.kind;
	}

	public String getUsername() {
		return this.username;
	}

	public String getClientAddress() {
		return this.clientAddress;
	}

	public String getChannel() {
		return this.channel;
	}

	public String getDetail() {
		return this.detail;
	}

	/**
	 * What happened.
	 */
	public enum Kind {

		/** A wrong user name or password. */
		LOGIN_FAILED,

		/** Too many failures: the account or address must wait (backoff) or is locked. */
		LOGIN_LOCKED,

		/**
		 * A login attempt while the account or address had to wait, whatever the
		 * password.
		 */
		LOGIN_REFUSED,

		/** An unknown, expired or revoked access token. */
		TOKEN_REFUSED,

		/** A signed-in user was refused an action (HTTP 403). */
		ACCESS_DENIED,

		/**
		 * A payment callback with a missing or forged signature or a timestamp outside
		 * the allowed window.
		 */
		PAYMENT_CALLBACK_REFUSED

	}

}
