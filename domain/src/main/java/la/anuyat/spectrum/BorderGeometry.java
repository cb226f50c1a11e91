package la.anuyat.spectrum;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Laos' border: whether a point lies inside the country and how far it is from the
 * border. The outline is Natural Earth's 1:10m admin-0 polygon (public domain), taken at
 * build time and read from the classpath ({@code geo/laos/country.geojson}); its
 * provinces ({@code geo/laos/provinces.geojson}) are the base layer of the map. At 1:10m
 * a vertex is every few hundred metres, so a distance is good to about a kilometre.
 *
 * <p>
 * The distance to each edge is taken in a plane tangent at the point (equirectangular:
 * east–west degrees shrink by the cosine of the latitude), which for the few hundred km
 * that coordination cares about is within a fraction of a percent of the great circle.
 */
public final class BorderGeometry {

	static final String COUNTRY = "geo/laos/country.geojson";

	static final String PROVINCES = "geo/laos/provinces.geojson";

	/** Rings of [longitude, latitude] pairs, the outer ring and any holes alike. */
	private final List<double[][]> rings;

	private final String countryGeoJson;

	private final String provincesGeoJson;

	BorderGeometry(String countryGeoJson, String provincesGeoJson) {
		this.countryGeoJson = countryGeoJson;
		this.provincesGeoJson = provincesGeoJson;
		this.rings = rings(countryGeoJson);
		if (this.rings.isEmpty()) {
			throw new IllegalStateException("The country outline has no polygon");
		}
	}

	/** Laos from the classpath. */
	public static BorderGeometry laos() {
		return new BorderGeometry(resource(COUNTRY), resource(PROVINCES));
	}

	/** The country outline, GeoJSON, for the map. */
	public String countryGeoJson() {
		return this.countryGeoJson;
	}

	/** The provinces, GeoJSON (properties {@code iso}, {@code name}), for the map. */
	public String provincesGeoJson() {
		return this.provincesGeoJson;
	}

	/** Whether the point lies inside the country (even–odd rule over every ring). */
	public boolean contains(double latitude, double longitude) {
		boolean inside = false;
		for (double[][] ring : this.rings) {
			for (int i = 0, j = ring.length - 1; i < ring.length; j = i++) {
				double xi = ring[i][0];
				double yi = ring[i][1];
				double xj = ring[j][0];
				double yj = ring[j][1];
				if ((yi > latitude) != (yj > latitude) && longitude < (xj - xi) * (latitude - yi) / (yj - yi) + xi) {
					inside = !inside;
				}
			}
		}
		return inside;
	}

	/** The shortest distance from the point to the border, km, inside or outside. */
	public double distanceKm(double latitude, double longitude) {
		double kmPerDegree = Math.toRadians(RadioPropagation.EARTH_RADIUS_KM);
		double kmPerDegreeEast = kmPerDegree * Math.cos(Math.toRadians(latitude));
		double nearest = Double.MAX_VALUE;
		for (double[][] ring : this.rings) {
			for (int i = 0, j = ring.length - 1; i < ring.length; j = i++) {
				double ax = (ring[j][0] - longitude) * kmPerDegreeEast;
				double ay = (ring[j][1] - latitude) * kmPerDegree;
				double bx = (ring[i][0] - longitude) * kmPerDegreeEast;
				double by = (ring[i][1] - latitude) * kmPerDegree;
				nearest = Math.min(nearest, distanceToOrigin(ax, ay, bx, by));
			}
		}
		return nearest;
	}

	/** Where a station stands against the border and the coordination distance. */
	public BorderCheck check(double latitude, double longitude, double coordinationDistanceKm) {
		double distance = distanceKm(latitude, longitude);
		boolean inside = contains(latitude, longitude);
		return new BorderCheck(distance, inside, coordinationDistanceKm, !inside || distance <= coordinationDistanceKm);
	}

	/** Distance from (0, 0) to the segment a–b in the plane. */
	private static double distanceToOrigin(double ax, double ay, double bx, double by) {
		double dx = bx - ax;
		double dy = by - ay;
		double lengthSquared = dx * dx + dy * dy;
		double t = (lengthSquared == 0) ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSquared));
		return Math.hypot(ax + t * dx, ay + t * dy);
	}

	private static List<double[][]> rings(String geoJson) {
		List<double[][]> rings = new ArrayList<>();
		try {
			JsonNode root = new ObjectMapper().readTree(geoJson);
			List<JsonNode> geometries = new ArrayList<>();
			if (root.has("features")) {
				root.get("features").forEach((feature) -> geometries.add(feature.get("geometry")));
			}
			else {
				geometries.add(root.has("geometry") ? root.get("geometry") : root);
			}
			for (JsonNode geometry : geometries) {
				String type = geometry.path("type").asText();
				if ("Polygon".equals(type)) {
					geometry.get("coordinates").forEach((ring) -> rings.add(ring(ring)));
				}
				else if ("MultiPolygon".equals(type)) {
					geometry.get("coordinates").forEach((polygon) -> polygon.forEach((ring) -> rings.add(ring(ring))));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The country outline is not GeoJSON", ex);
		}
		return rings;
	}

	private static double[][] ring(JsonNode coordinates) {
		double[][] ring = new double[coordinates.size()][];
		for (int i = 0; i < ring.length; i++) {
			ring[i] = new double[] { coordinates.get(i).get(0).asDouble(), coordinates.get(i).get(1).asDouble() };
		}
		return ring;
	}

	private static String resource(String name) {
		try (InputStream in = BorderGeometry.class.getClassLoader().getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException(name + " is missing from the classpath: it is fetched when the domain "
						+ "module is built (generate-resources)");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
