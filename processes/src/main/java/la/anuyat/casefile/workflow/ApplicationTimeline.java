package la.anuyat.casefile.workflow;

import java.util.List;

import la.anuyat.casefile.CaseFile;

/**
 * The expected course of an application: its steps with the dates they were done, the
 * current step with its due date, and the expected dates of the steps still ahead, from
 * the deadline rules the regulator sets.
 */
public interface ApplicationTimeline {

	/**
	 * The steps of the application, in order; empty for a case that is no licence
	 * application (a measure on a licence). A rejected or lapsed application ends at the
	 * step where it stopped.
	 */
	List<TimelineStep> of(CaseFile caseFile);

}
