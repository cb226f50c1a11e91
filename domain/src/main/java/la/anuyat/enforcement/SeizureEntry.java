package la.anuyat.enforcement;

/**
 * One kind of item to be seized: what it is, its model, how many, and where it is held.
 */
public record SeizureEntry(String description, String model, int quantity, String heldAt) {
}
