package la.anuyat.equipment.internal;

import java.util.List;

import la.anuyat.casefile.CaseFile;
import la.anuyat.equipment.EquipmentService;
import la.anuyat.licence.CertificateParticulars;
import la.anuyat.licence.CertificateRow;
import la.anuyat.licence.Licence;

import org.springframework.stereotype.Component;

/**
 * Issuing a type-approval certificate approves the model: it gets its approval number and
 * its register entry, which the certificate prints.
 */
@Component
class EquipmentCertificateParticulars implements CertificateParticulars {

	private final EquipmentService equipment;

	EquipmentCertificateParticulars(EquipmentService equipment) {
		this.equipment = equipment;
	}

	@Override
	public void licenceIssuing(CaseFile caseFile, Licence licence) {
		this.equipment.approve(caseFile, licence);
	}

	@Override
	public List<CertificateRow> rowsFor(Licence licence) {
		return this.equipment.certificateRows(licence);
	}

}
