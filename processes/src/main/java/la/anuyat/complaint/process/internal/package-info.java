/**
 * The complaint process on Camunda 7: the facade's implementation, the rules of the
 * categories from their decision table, the delegates and the completions of its user
 * tasks. Delegates let a domain refusal propagate so that the step rolls back whole.
 */
package la.anuyat.complaint.process.internal;
