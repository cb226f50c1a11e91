package la.anuyat.enforcement;

/**
 * The written record of a violation: what was found, where, who was present, and the
 * business's representative who was shown it.
 */
public record WrittenRecord(String findings, String place, String present, String representative) {
}
