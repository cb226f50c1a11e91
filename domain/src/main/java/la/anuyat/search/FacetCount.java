package la.anuyat.search;

/**
 * How many hits have a value, e.g. {@code ("VTE", 12)} for the province facet.
 */
public record FacetCount(String value, long count) {

}
