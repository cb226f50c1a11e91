package la.anuyat.shared;

import java.util.List;

/**
 * Submitted data broke a rule; nothing was saved.
 */
public class InvalidInputException extends DomainException {

	private final List<FieldError> fieldErrors;

	public InvalidInputException(String code, LocalizedText text) {
		this(code, text, List.of());
	}

	public InvalidInputException(String code, LocalizedText text, List<FieldError> fieldErrors) {
		super(code, text);
		this.fieldErrors = List.copyOf(fieldErrors);
	}

	public List<FieldError> fieldErrors() {
		return this.fieldErrors;
	}

}
