package la.anuyat.equipment;

/**
 * The highest power equipment may radiate in a band, as the regulator's rules give it
 * ({@code equipment-power-limits.dmn}, read by the process side): the check asks, the
 * rules answer, and this feature does not know the table.
 */
public interface PowerLimits {

	/**
	 * @param equipmentClass the class the applicant declared ({@code terminal},
	 * {@code base-station}, {@code short-range}, {@code other})
	 */
	Limit of(double lowerMhz, double upperMhz, String equipmentClass);

	/**
	 * @param maxEirpDbm the limit
	 * @param rule the rule it comes from, cited in the assessment
	 */
	record Limit(double maxEirpDbm, String rule) {
	}

}
