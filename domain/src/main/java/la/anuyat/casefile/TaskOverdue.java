package la.anuyat.casefile;

import java.time.LocalDateTime;

import la.anuyat.shared.LocalizedText;

/**
 * A staff task of a case passed its due date and was escalated to the leadership of the
 * authority handling the case. Published inside the transaction that recorded it.
 *
 * @param caseId the case
 * @param caseNumber its number
 * @param authorityCode the authority handling it, whose leadership is told
 * @param task the overdue task's name
 * @param due the date it was due
 */
public record TaskOverdue(long caseId, String caseNumber, String authorityCode, LocalizedText task, LocalDateTime due) {

}
