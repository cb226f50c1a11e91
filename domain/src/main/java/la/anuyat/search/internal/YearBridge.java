package la.anuyat.search.internal;

import java.time.LocalDateTime;

import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;

/**
 * The year of a date-time, for the "year" facet and filter.
 */
public class YearBridge implements ValueBridge<LocalDateTime, Integer> {

	@Override
	public Integer toIndexedValue(LocalDateTime value, ValueBridgeToIndexedValueContext context) {
		return (value == null) ? null : value.getYear();
	}

	@Override
	public boolean isCompatibleWith(ValueBridge<?, ?> other) {
		return getClass().equals(other.getClass());
	}

}
