package la.anuyat.architecture;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;

/**
 * Which feature uses which, read from the classes: a feature is a top-level package under
 * {@code la.anuyat} (with all its layers in every module), and each edge keeps the first
 * class dependency found for it, so a reported cycle says where to cut.
 */
final class FeatureGraph {

	private static final String ROOT = "la.anuyat.";

	private final Map<String, Map<String, String>> edges;

	FeatureGraph() {
		this(new TreeMap<>());
	}

	private FeatureGraph(Map<String, Map<String, String>> edges) {
		this.edges = edges;
	}

	static FeatureGraph of(JavaClasses classes) {
		FeatureGraph graph = new FeatureGraph();
		for (JavaClass origin : classes) {
			String from = featureOf(origin.getPackageName());
			for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
				String to = featureOf(dependency.getTargetClass().getPackageName());
				if (from != null && to != null && !from.equals(to)) {
					graph.add(from, to, origin.getSimpleName() + " -> " + dependency.getTargetClass().getSimpleName());
				}
			}
		}
		return graph;
	}

	private static String featureOf(String packageName) {
		if (!packageName.startsWith(ROOT)) {
			return null;
		}
		String rest = packageName.substring(ROOT.length());
		int dot = rest.indexOf('.');
		return (dot < 0) ? rest : rest.substring(0, dot);
	}

	private void add(String from, String to, String example) {
		this.edges.computeIfAbsent(from, (key) -> new TreeMap<>()).putIfAbsent(to, example);
	}

	/** This graph and one more edge. */
	FeatureGraph with(String from, String to, String example) {
		FeatureGraph copy = copy();
		copy.add(from, to, example);
		return copy;
	}

	/**
	 * The steps of one cycle ({@code "casefile -> licence (CaseView -> LicencePanel)"}),
	 * or nothing when the features are layered.
	 */
	List<String> cycle() {
		Set<String> done = new HashSet<>();
		for (String start : this.edges.keySet()) {
			List<String> found = search(start, new LinkedHashMap<>(), done);
			if (!found.isEmpty()) {
				return found;
			}
		}
		return List.of();
	}

	// depth first; the path maps each feature on it to the step that left it
	private List<String> search(String feature, LinkedHashMap<String, String> path, Set<String> done) {
		if (done.contains(feature)) {
			return List.of();
		}
		path.put(feature, null);
		for (Map.Entry<String, String> edge : this.edges.getOrDefault(feature, Map.of()).entrySet()) {
			String step = feature + " -> " + edge.getKey() + " (" + edge.getValue() + ")";
			path.put(feature, step);
			if (path.containsKey(edge.getKey())) {
				return stepsFrom(edge.getKey(), path);
			}
			List<String> found = search(edge.getKey(), path, done);
			if (!found.isEmpty()) {
				return found;
			}
		}
		path.remove(feature);
		done.add(feature);
		return List.of();
	}

	private static List<String> stepsFrom(String start, LinkedHashMap<String, String> path) {
		List<String> steps = new ArrayList<>();
		boolean on = false;
		for (Map.Entry<String, String> entry : path.entrySet()) {
			on = on || entry.getKey().equals(start);
			if (on) {
				steps.add(entry.getValue());
			}
		}
		return steps;
	}

	private FeatureGraph copy() {
		Map<String, Map<String, String>> copied = new TreeMap<>();
		this.edges.forEach((from, targets) -> copied.put(from, new TreeMap<>(targets)));
		return new FeatureGraph(copied);
	}

	@Override
	public String toString() {
		StringBuilder text = new StringBuilder();
		this.edges.forEach((from, targets) -> targets.forEach((to,
				example) -> text.append(from).append(" -> ").append(to).append(" (").append(example).append(")\n")));
		return text.toString();
	}

}
