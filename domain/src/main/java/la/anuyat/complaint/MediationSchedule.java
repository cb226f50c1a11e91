package la.anuyat.complaint;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The meeting an officer schedules for a complaint's mediation.
 *
 * @param meetingAt when it takes place
 * @param place where
 * @param participants the complainant, the operator's representative and the officers,
 * each with a name and a role
 */
public record MediationSchedule(LocalDateTime meetingAt, String place, List<Invitee> participants) {

	public MediationSchedule {
		participants = (participants == null) ? List.of() : List.copyOf(participants);
	}

	/** One person invited. */
	public record Invitee(MediationSide side, String name, String role) {
	}

}
