package la.anuyat.search.internal;

import la.anuyat.search.LaoText;

import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeFromIndexedValueContext;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;

/**
 * Indexes a text property normalised and segmented into Lao words.
 */
public class LaoTextBridge implements ValueBridge<String, String> {

	@Override
	public String toIndexedValue(String value, ValueBridgeToIndexedValueContext context) {
		return (value == null) ? null : LaoText.prepare(value);
	}

	@Override
	public String fromIndexedValue(String value, ValueBridgeFromIndexedValueContext context) {
		return LaoText.unsegment(value);
	}

	@Override
	public boolean isCompatibleWith(ValueBridge<?, ?> other) {
		return getClass().equals(other.getClass());
	}

}
