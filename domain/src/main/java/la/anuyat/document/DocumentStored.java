package la.anuyat.document;

/**
 * A file was stored for a case (published inside the storing transaction).
 *
 * @param caseId the case the document belongs to
 * @param documentId the stored document
 */
public record DocumentStored(long caseId, long documentId) {

}
