package la.anuyat.casefile.workflow.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Completes an overdue task with its deemed outcome in a transaction of its own, after
 * the timer's step has committed. Completing the task from inside its own timer's branch
 * would end the branch the engine is still executing; afterwards it is an ordinary
 * completion, by the system. Should the completion be refused (the model changed, a rule
 * refuses the system), the task is escalated instead, so it never silently stays open.
 */
@Component
class DeemedCompletion {

	private static final Logger LOG = LoggerFactory.getLogger(DeemedCompletion.class);

	private final CamundaCaseWorkflow workflow;

	private final TransactionTemplate newTransaction;

	DeemedCompletion(CamundaCaseWorkflow workflow, PlatformTransactionManager transactions) {
		this.workflow = workflow;
		this.newTransaction = new TransactionTemplate(transactions);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	void afterCommit(String taskId, String outcome, Runnable otherwise) {
		Runnable complete = () -> {
			try {
				this.newTransaction.executeWithoutResult((status) -> this.workflow.completeDeemed(taskId, outcome));
			}
			catch (RuntimeException ex) {
				LOG.warn("Task {} could not be completed with its deemed outcome {}; escalating it instead", taskId,
						outcome, ex);
				this.newTransaction.executeWithoutResult((status) -> otherwise.run());
			}
		};
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			complete.run();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				complete.run();
			}
		});
	}

}
