package la.anuyat.inspection.checklist;

import java.util.List;

import org.javarosa.core.services.IPropertyManager;
import org.javarosa.core.services.properties.IPropertyRules;

/**
 * The device properties ODK Collect gives its form engine (JavaRosa) for
 * {@code jr:preload="property"}: a fixed device id, as a phone keeps its own. Shared with
 * the application module's OpenRosa client test through this module's test jar.
 */
public final class CollectDevice implements IPropertyManager {

	public static final String DEVICE_ID = "collect:5OGbCdt0WhHOvXi4";

	@Override
	public String getSingularProperty(String name) {
		return "deviceid".equals(name) ? DEVICE_ID : null;
	}

	@Override
	public List<String> getProperty(String name) {
		String value = getSingularProperty(name);
		return (value != null) ? List.of(value) : null;
	}

	/** The engine writes the property back on finalising; a phone keeps its id. */
	@Override
	public void setProperty(String name, String value) {
	}

	@Override
	public void setProperty(String name, List<String> values) {
	}

	@Override
	public void addRules(IPropertyRules rules) {
	}

	@Override
	public List<IPropertyRules> getRules() {
		return List.of();
	}

}
