package la.anuyat.licence;

/**
 * One line of a certificate's details that comes from the application form: the field's
 * label in Lao and English and its value as a reader reads it (an option's Lao label,
 * with its English label under it when that differs).
 *
 * @param valueEn the value in English, or {@code null} when the value reads the same in
 * both languages (a number, a date, a name as written)
 */
public record CertificateRow(String labelLo, String labelEn, String value, String valueEn) {
}
