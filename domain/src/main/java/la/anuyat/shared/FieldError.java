package la.anuyat.shared;

/**
 * What is wrong with one field of submitted data.
 */
public record FieldError(String field, LocalizedText message) {
}
