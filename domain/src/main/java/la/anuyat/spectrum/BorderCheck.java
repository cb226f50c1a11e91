package la.anuyat.spectrum;

/**
 * A station against Laos' border: its distance to the border, whether it lies inside the
 * country, and whether it needs cross-border coordination (outside the country, or within
 * the coordination distance of {@code anuyat.spectrum.border-coordination-km}).
 */
public record BorderCheck(double distanceKm, boolean insideLaos, double coordinationDistanceKm,
		boolean coordinationRequired) {
}
