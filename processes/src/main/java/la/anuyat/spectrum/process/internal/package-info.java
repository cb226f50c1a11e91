/**
 * The radio frequency licence on Camunda 7: the automatic check of
 * {@code spectrum-assessment.bpmn} (band plan, interference, border), the refusal of a
 * request outside the band plan, and the completion of the engineer's review and of the
 * cross-border coordination.
 */
package la.anuyat.spectrum.process.internal;
