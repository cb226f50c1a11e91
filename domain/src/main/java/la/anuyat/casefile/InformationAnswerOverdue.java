package la.anuyat.casefile;

import java.time.LocalDateTime;

/**
 * The applicant has not answered an information request by its due date: they are
 * reminded. Published inside the transaction that recorded the reminder.
 *
 * @param caseId the case
 * @param caseNumber its number
 * @param due the date the answer was due
 */
public record InformationAnswerOverdue(long caseId, String caseNumber, LocalDateTime due) {

}
