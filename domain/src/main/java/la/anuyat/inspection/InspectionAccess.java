package la.anuyat.inspection;

import la.anuyat.identity.Actor;
import la.anuyat.identity.Role;
import la.anuyat.shared.ForbiddenException;
import la.anuyat.shared.LocalizedText;

/**
 * Who may see and change inspections. An authority's staff see its plan (the ministry's
 * ministry officers see every plan); a joint frequency-use inspection is the ministry's
 * too, so the ministry's staff see it and its leadership assigns the ministry's half of
 * the team. Only an authority's leadership generates, adjusts, approves and assigns its
 * plan; its officers and leadership start ad hoc inspections.
 */
public final class InspectionAccess {

	private InspectionAccess() {
	}

	public static boolean maySeePlanOf(Actor actor, String authorityCode) {
		return actor != null && actor.isStaff() && actor.hasJurisdictionOver(authorityCode);
	}

	public static boolean maySee(Actor actor, PlanEntry entry) {
		return maySeePlanOf(actor, entry.getAuthorityCode()) || (entry.isJoint() && actor != null && actor.isStaff()
				&& Actor.MINISTRY_CODE.equals(actor.authorityCode()));
	}

	public static void requireSeesPlanOf(Actor actor, String authorityCode) {
		if (!maySeePlanOf(actor, authorityCode)) {
			throw outside(authorityCode);
		}
	}

	/** The leadership of the plan's own authority. */
	public static void requireLeadershipOf(Actor actor, String authorityCode) {
		requireSeesPlanOf(actor, authorityCode);
		if (actor.role() != Role.LEADERSHIP || !authorityCode.equals(actor.authorityCode())) {
			throw new ForbiddenException("inspection.leadershipOnly", LocalizedText.of(
					"ສະເພາະຄະນະພະແນກ " + authorityCode + " ຈຶ່ງປັບ, ອະນຸມັດ ແລະ ມອບໝາຍແຜນການກວດກາໄດ້",
					"Only the leadership of " + authorityCode + " adjusts, approves and assigns its inspection plan"));
		}
	}

	/**
	 * The leadership that assigns a team to an inspection: the inspecting authority's, or
	 * the ministry's for a joint inspection (its own officers).
	 */
	public static void requireMayAssign(Actor actor, PlanEntry entry) {
		if (entry.isJoint() && actor != null && actor.role() == Role.LEADERSHIP
				&& Actor.MINISTRY_CODE.equals(actor.authorityCode())) {
			return;
		}
		requireLeadershipOf(actor, entry.getAuthorityCode());
	}

	/** Officers and leadership of the authority start ad hoc inspections. */
	public static void requireMayStartAdHoc(Actor actor, String authorityCode) {
		requireSeesPlanOf(actor, authorityCode);
		boolean own = authorityCode.equals(actor.authorityCode());
		if (!own || (actor.role() != Role.SECTION_OFFICER && actor.role() != Role.LEADERSHIP)) {
			throw new ForbiddenException("inspection.officersOnly",
					LocalizedText.of("ສະເພາະພະນັກງານ ແລະ ຄະນະພະແນກ " + authorityCode + " ຈຶ່ງເລີ່ມການກວດກາໄດ້",
							"Only officers and leadership of " + authorityCode + " start an inspection"));
		}
	}

	public static ForbiddenException outside(String authorityCode) {
		return new ForbiddenException("inspection.outsideJurisdiction",
				LocalizedText.of("ການກວດກາຂອງ " + authorityCode + " ຢູ່ນອກຂອບເຂດຄວາມຮັບຜິດຊອບຂອງທ່ານ",
						"The inspections of " + authorityCode + " are outside your jurisdiction"));
	}

}
