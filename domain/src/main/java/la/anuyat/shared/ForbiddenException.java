package la.anuyat.shared;

/**
 * The actor knows the thing exists but may not do this to it.
 */
public class ForbiddenException extends DomainException {

	public ForbiddenException(String code, LocalizedText text) {
		super(code, text);
	}

}
