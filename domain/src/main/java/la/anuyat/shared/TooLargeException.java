package la.anuyat.shared;

/**
 * Submitted content is larger than a configured limit (a file over the upload limit); the
 * API answers 413. Nothing was saved.
 */
public class TooLargeException extends InvalidInputException {

	public TooLargeException(String code, LocalizedText text) {
		super(code, text);
	}

}
