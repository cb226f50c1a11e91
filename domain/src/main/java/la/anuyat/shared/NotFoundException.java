package la.anuyat.shared;

/**
 * Something does not exist, or the actor may not know that it exists (another province's
 * case).
 */
public class NotFoundException extends DomainException {

	public NotFoundException(String code, LocalizedText text) {
		super(code, text);
	}

}
