/**
 * Usage reporting on Camunda 7: the delegates of usage-reporting, the start of its
 * process with each licence, and the facade's implementation. As elsewhere, delegates let
 * a domain refusal propagate so that the step rolls back whole.
 */
package la.anuyat.usage.process.internal;
