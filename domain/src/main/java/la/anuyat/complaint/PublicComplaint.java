package la.anuyat.complaint;

import java.time.LocalDateTime;
import java.util.List;

import la.anuyat.shared.LocalizedText;

/**
 * A complaint as the public may see it (the tracking page, the Open311 answers): no name,
 * no contact, no officer, no internal note. The operator's response and the decision's
 * reasons are shown: the complainant is told them.
 *
 * @param caseNumber the case number (the Open311 service request id)
 * @param category the category's case type code
 * @param categoryName its name
 * @param stage where the complaint stands
 * @param open whether it is still being handled
 * @param provinceCode where it happened
 * @param district the district, or null
 * @param place the address or landmark, or null
 * @param latitude the point, or null
 * @param longitude the point, or null
 * @param authorityCode the authority handling it
 * @param authorityName that authority's name
 * @param respondentName the operator's name, or null when unknown
 * @param filedAt when it was filed
 * @param updatedAt when it last changed
 * @param responseDue until when the operator may respond, or null
 * @param response the operator's response, or null
 * @param upheld the decision, null until decided
 * @param reasons the reasons of the decision (or of not taking it up), or null
 * @param remedy the remedy, or null
 * @param windowClosesAt until when it may be rated and reopened, or null
 * @param rating the complainant's rating, or null
 * @param steps its history in public words, oldest first
 * @param mediation the latest mediation meeting (date and place only), or null
 * @param decisionLetter whether a signed decision letter may be downloaded
 */
public record PublicComplaint(String caseNumber, String category, LocalizedText categoryName, ComplaintStage stage,
		boolean open, String provinceCode, String district, String place, Double latitude, Double longitude,
		String authorityCode, LocalizedText authorityName, LocalizedText respondentName, LocalDateTime filedAt,
		LocalDateTime updatedAt, LocalDateTime responseDue, String response, Boolean upheld, String reasons,
		String remedy, LocalDateTime windowClosesAt, Integer rating, List<Step> steps, Meeting mediation,
		boolean decisionLetter) {

	/** A mediation meeting as the public sees it: when and where, never who. */
	public record Meeting(LocalDateTime at, String place, MediationOutcome outcome) {
	}

	/** One public step. */
	public record Step(LocalDateTime at, ComplaintStage stage, LocalizedText text) {
	}

	/** Whether the complainant may still rate or reopen it at this moment. */
	public boolean mayRateOrReopenAt(LocalDateTime at) {
		return this.stage.isDecided() && this.windowClosesAt != null && at.isBefore(this.windowClosesAt);
	}

}
