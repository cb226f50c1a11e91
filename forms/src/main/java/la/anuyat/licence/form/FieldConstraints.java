package la.anuyat.licence.form;

import java.math.BigDecimal;

/**
 * The limits a field's value must respect, taken from the component's {@code validate}
 * block (and {@code decimalDigits} of number fields). A {@code null} component means no
 * limit.
 *
 * @param minLength least number of characters (after trimming), text fields
 * @param maxLength greatest number of characters (after trimming), text fields
 * @param pattern regular expression the value must contain a match of (form-js tests
 * {@code new RegExp(pattern).test(value)}, so patterns anchor themselves with ^ and $)
 * @param patternExample a value that matches the pattern, shown in the error message
 * (custom property {@code example})
 * @param min least value, number fields
 * @param max greatest value, number fields
 * @param decimalDigits most digits after the decimal point, number fields
 * @param minDate earliest date, date fields (custom property {@code minDate})
 * @param maxDate latest date, date fields (custom property {@code maxDate})
 */
public record FieldConstraints(Integer minLength, Integer maxLength, String pattern, String patternExample,
		BigDecimal min, BigDecimal max, Integer decimalDigits, DateBound minDate, DateBound maxDate) {

	public static final FieldConstraints NONE = new FieldConstraints(null, null, null, null, null, null, null);

	public FieldConstraints(Integer minLength, Integer maxLength, String pattern, String patternExample, BigDecimal min,
			BigDecimal max, Integer decimalDigits) {
		this(minLength, maxLength, pattern, patternExample, min, max, decimalDigits, null, null);
	}

}
