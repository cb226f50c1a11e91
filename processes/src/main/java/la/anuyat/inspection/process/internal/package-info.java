/**
 * Inspection cases on Camunda 7: a new field report's findings open a case whose process
 * (inspection-findings) reviews them and starts enforcement for confirmed violations.
 */
package la.anuyat.inspection.process.internal;
