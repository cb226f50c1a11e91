package la.anuyat.enforcement;

/**
 * An enforcement case was opened (its process is then started by the enforcement
 * workflow).
 */
public record EnforcementOpened(long caseId, String caseNumber, EnforcementOrigin origin, String originReference) {
}
