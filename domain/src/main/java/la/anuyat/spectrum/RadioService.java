package la.anuyat.spectrum;

/**
 * Radiocommunication services as the ITU Radio Regulations (Article 1, Section III) name
 * them, as far as the national table uses them. Land mobile is a kind of {@link #MOBILE}.
 */
public enum RadioService {

	FIXED, MOBILE, BROADCASTING, AERONAUTICAL_MOBILE, AERONAUTICAL_RADIONAVIGATION, RADIONAVIGATION, RADIOLOCATION,
	AMATEUR, FIXED_SATELLITE

}
