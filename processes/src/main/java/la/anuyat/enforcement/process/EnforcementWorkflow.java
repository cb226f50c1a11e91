package la.anuyat.enforcement.process;

import la.anuyat.enforcement.EnforcementCase;
import la.anuyat.enforcement.EnforcementDraft;
import la.anuyat.enforcement.MeasureProposal;
import la.anuyat.enforcement.SeizedItemStatus;
import la.anuyat.enforcement.WrittenRecord;
import la.anuyat.identity.Actor;

/**
 * Enforcement cases and their process (enforcement.bpmn) as one: each step records what
 * the officer wrote and completes the step's task, in one transaction, so the case and
 * the process never disagree. The follow-up, and going on without a warning, are
 * completed as any task (the inbox and the task API).
 */
public interface EnforcementWorkflow {

	/** Opens the case and starts its process. */
	EnforcementCase open(Actor opener, EnforcementDraft draft);

	/** Issues the warning and completes the warning step. */
	EnforcementCase warn(Actor officer, String caseNumber, String text);

	/** Makes the written record and completes its step. */
	EnforcementCase record(Actor officer, String caseNumber, WrittenRecord record);

	/** Proposes the measure and sends it to review. */
	EnforcementCase propose(Actor officer, String caseNumber, MeasureProposal proposal);

	/**
	 * Releases or destroys seized items; once none is held the seizure step completes.
	 */
	EnforcementCase dispose(Actor officer, String caseNumber, long itemId, SeizedItemStatus outcome, String note);

}
