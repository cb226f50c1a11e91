package la.anuyat;

import java.util.List;
import java.util.Map;

import la.anuyat.licence.CertificateDetails;
import la.anuyat.licence.CertificateRow;

import org.springframework.stereotype.Component;

/**
 * The certificate's form rows in the domain tests: none (the real ones are read from the
 * application forms, which the domain module does not have, and are tested in the API
 * tests).
 */
@Component
class DomainTestCertificateDetails implements CertificateDetails {

	@Override
	public List<CertificateRow> rowsFor(String caseType, String formDataJson) {
		return List.of();
	}

	@Override
	public Map<String, String> holderDetails(String caseType, String formDataJson) {
		return Map.of();
	}

}
