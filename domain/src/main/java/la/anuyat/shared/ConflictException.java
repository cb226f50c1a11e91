package la.anuyat.shared;

/**
 * The action does not fit the current state (a wrong lifecycle step, the four-eyes rule).
 */
public class ConflictException extends DomainException {

	public ConflictException(String code, LocalizedText text) {
		super(code, text);
	}

}
