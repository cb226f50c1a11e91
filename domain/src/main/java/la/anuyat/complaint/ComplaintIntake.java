package la.anuyat.complaint;

import java.util.List;
import java.util.Locale;

/**
 * A complaint as the public (or an officer taking it by phone) gives it.
 *
 * @param category the category's case type code
 * @param respondentCompanyId the operator complained about, from the licence register;
 * null for "unknown"
 * @param provinceCode the province where it happened
 * @param district the district, optional
 * @param place an address or landmark, optional
 * @param latitude optional, with longitude
 * @param longitude optional, with latitude
 * @param description what happened
 * @param name the complainant's name (not needed when anonymous)
 * @param email an e-mail address to reach them
 * @param phone a telephone number to reach them
 * @param anonymous whether they give no name (only where the category allows it)
 * @param language the language they wrote in: every mail to them is in it
 * @param channel how the complaint came in
 * @param files photos and documents
 */
public record ComplaintIntake(String category, Long respondentCompanyId, String provinceCode, String district,
		String place, Double latitude, Double longitude, String description, String name, String email, String phone,
		boolean anonymous, Locale language, ComplaintChannel channel, List<Evidence> files) {

	public ComplaintIntake {
		files = (files == null) ? List.of() : List.copyOf(files);
	}

	/** One file sent with a complaint. */
	public record Evidence(String fileName, byte[] content) {
	}

}
