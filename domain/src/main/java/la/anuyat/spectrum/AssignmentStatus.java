package la.anuyat.spectrum;

/**
 * Where an assignment stands. Only {@link #ACTIVE} assignments are protected by the
 * interference check and shown in the public register.
 */
public enum AssignmentStatus {

	ACTIVE, SUSPENDED, EXPIRED, CANCELLED

}
