package la.anuyat.spectrum;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which catalogue types are radio frequency licences, from configuration
 * ({@code anuyat.spectrum-licence.licence-types}, default {@code SPECTRUM}), so that a
 * renamed or an added type is no change of code: their form is checked at submission and
 * their licence puts the assignment in the register.
 */
@ConfigurationProperties("anuyat.spectrum-licence")
public record SpectrumLicenceRules(@DefaultValue("SPECTRUM") List<String> licenceTypes) {

	public boolean licensesFrequencies(String caseType) {
		return this.licenceTypes.contains(caseType);
	}

}
