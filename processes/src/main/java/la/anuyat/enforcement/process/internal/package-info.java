/**
 * The enforcement process's facade, task handlers and delegates on Camunda 7.
 */
package la.anuyat.enforcement.process.internal;
