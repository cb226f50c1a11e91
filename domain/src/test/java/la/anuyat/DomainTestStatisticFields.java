package la.anuyat;

import java.util.List;

import la.anuyat.licence.StatisticFields;

import org.springframework.stereotype.Component;

/**
 * The statistics' dimensions in the domain tests: none (the real ones are read from the
 * application forms and tested in the API tests).
 */
@Component
class DomainTestStatisticFields implements StatisticFields {

	@Override
	public List<Dimension> dimensionsOf(String licenceType, String formDataJson) {
		return List.of();
	}

}
