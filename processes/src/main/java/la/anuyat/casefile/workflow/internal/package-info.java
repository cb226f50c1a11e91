/**
 * The workflow on Camunda 7: the facade's implementation, the delegates and task
 * listeners wired into the models by {@code camunda:delegateExpression}, and the one
 * accessor of process variables. Nothing outside this package touches the engine, so a
 * move to another engine (Operaton, CIB seven) stays mechanical.
 * <p>
 * Delegates let a domain refusal ({@link la.anuyat.shared.DomainException}) propagate
 * instead of turning it into a {@code BpmnError}: the models have no error paths yet, and
 * an uncaught {@code BpmnError} would end the process silently. Propagating rolls back
 * the whole transaction, including the user's task completion, so the user sees the
 * refusal and nothing is half-done. A {@code BpmnError} belongs here once a model catches
 * it on a boundary event.
 */
package la.anuyat.casefile.workflow.internal;
