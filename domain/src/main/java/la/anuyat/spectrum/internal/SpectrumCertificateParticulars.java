package la.anuyat.spectrum.internal;

import java.util.List;

import la.anuyat.casefile.CaseFile;
import la.anuyat.licence.CertificateParticulars;
import la.anuyat.licence.CertificateRow;
import la.anuyat.licence.Licence;
import la.anuyat.spectrum.SpectrumLicensing;

import org.springframework.stereotype.Component;

/**
 * Issuing a radio frequency licence puts its assignment in the register, which the
 * certificate prints.
 */
@Component
class SpectrumCertificateParticulars implements CertificateParticulars {

	private final SpectrumLicensing licensing;

	SpectrumCertificateParticulars(SpectrumLicensing licensing) {
		this.licensing = licensing;
	}

	@Override
	public void licenceIssuing(CaseFile caseFile, Licence licence) {
		this.licensing.assign(caseFile, licence);
	}

	@Override
	public List<CertificateRow> rowsFor(Licence licence) {
		return this.licensing.certificateRows(licence);
	}

}
