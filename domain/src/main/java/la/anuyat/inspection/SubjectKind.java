package la.anuyat.inspection;

/**
 * What an inspection is about: a licence (its holder's business) or a frequency
 * assignment (a station's use of the spectrum).
 */
public enum SubjectKind {

	LICENCE, ASSIGNMENT

}
