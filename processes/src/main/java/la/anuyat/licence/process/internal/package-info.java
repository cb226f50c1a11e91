/**
 * The licence lifecycle on Camunda 7: the facade's implementation, the delegates of
 * licence-sanction and licence-expiry, the completion of their user task and the start of
 * the expiry watch. As in the case workflow, delegates let a domain refusal propagate so
 * that the user's step rolls back whole.
 */
package la.anuyat.licence.process.internal;
