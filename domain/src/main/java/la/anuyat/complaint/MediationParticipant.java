package la.anuyat.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One person invited to a mediation meeting: whom they speak for, their name and role
 * (e.g. "customer care manager"), and once the meeting is recorded whether they came.
 * Staff see these; the public never does.
 */
@Embeddable
public class MediationParticipant {

	@Enumerated(EnumType.STRING)
	@Column(name = "side", nullable = false)
	private MediationSide side;

	@Column(name = "name", nullable = false)
	private String name;

	@Column(name = "role")
	private String role;

	@Column(name = "attended")
	private Boolean attended;

	protected MediationParticipant() {
	}

	public MediationParticipant(MediationSide side, String name, String role) {
		this.side = side;
		this.name = name;
		this.role = role;
	}

	void attended(boolean attended) {
		this.attended = attended;
	}

	public MediationSide getSide() {
		return this.side;
	}

	public String getName() {
		return this.name;
	}

	public String getRole() {
		return this.role;
	}

	/** Whether they came; null until the meeting is recorded. */
	public Boolean getAttended() {
		return this.attended;
	}

}
