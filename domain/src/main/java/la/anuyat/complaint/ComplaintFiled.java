package la.anuyat.complaint;

/**
 * A complaint was filed and its case opened; the tracking code goes to whoever filed it
 * and nowhere else.
 *
 * @param caseId its case
 * @param caseNumber the case number
 * @param trackingCode the code the complainant follows it by
 */
public record ComplaintFiled(long caseId, String caseNumber, String trackingCode) {
}
