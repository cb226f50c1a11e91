/**
 * Equipment type approval on Camunda 7: the band check's delegate, the power limits from
 * {@code equipment-power-limits.dmn} and the completion of the engineer's task in
 * {@code equipment-assessment.bpmn}.
 */
package la.anuyat.equipment.process.internal;
