package la.anuyat.casefile;

/**
 * An officer found the application complete: its study begins. Published inside the
 * transaction that recorded it.
 */
public record ApplicationFoundComplete(long caseId, String caseNumber) {

}
