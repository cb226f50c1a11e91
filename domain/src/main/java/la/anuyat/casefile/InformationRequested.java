package la.anuyat.casefile;

/**
 * An officer asked the applicant for more information before the application can be
 * checked again. Published inside the transaction that recorded the request.
 */
public record InformationRequested(long caseId, String caseNumber, String question) {

}
