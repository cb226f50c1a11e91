package la.anuyat.casefile.workflow;

import java.util.Map;

import la.anuyat.casefile.CaseFile;

/**
 * What a case family adds to the variables its cases' processes start with: the answers
 * its decision tables read (a postal licence's scope, say). Each family registers one;
 * the workflow facade asks them all, so it need not know any family's forms.
 */
public interface ProcessStartVariables {

	/**
	 * The variables for this case's process; none when the case is not of this family.
	 */
	Map<String, Object> of(CaseFile caseFile);

}
