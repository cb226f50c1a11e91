package la.anuyat.enforcement.internal;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import la.anuyat.authority.Authority;
import la.anuyat.authority.AuthorityService;
import la.anuyat.casefile.CaseFile;
import la.anuyat.enforcement.EnforcementCase;
import la.anuyat.licence.BilingualSheets;
import la.anuyat.licence.CertificateRow;
import la.anuyat.party.Company;
import la.anuyat.party.PartyService;

import org.springframework.stereotype.Component;

/**
 * The warning letter and the written record of an enforcement case as one-page PDFs in
 * Lao and English, set like the certificate and signed with the authority's key, so that
 * the company and a court can check who issued them and that nothing was changed. The
 * officer's own words (the warning, the findings) are printed as written, in whichever
 * language they were written.
 */
@Component
public class EnforcementPapers {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");

	private final BilingualSheets sheets;

	private final AuthorityService authorities;

	private final PartyService parties;

	EnforcementPapers(BilingualSheets sheets, AuthorityService authorities, PartyService parties) {
		this.sheets = sheets;
		this.authorities = authorities;
		this.parties = parties;
	}

	public byte[] warningLetter(EnforcementCase enforcement, CaseFile caseFile) {
		Authority authority = this.authorities.authority(caseFile.getAuthorityCode());
		List<CertificateRow> rows = new ArrayList<>(common(enforcement));
		rows.add(new CertificateRow("ການລະເມີດ", "Violation", enforcement.getViolation(), null));
		rows.add(new CertificateRow("ຄຳເຕືອນ", "Warning", enforcement.getWarningText(), null));
		rows.add(new CertificateRow("ວັນທີ", "Date", DATE.format(enforcement.getWarnedAt()), null));
		return this.sheets.renderSigned(new BilingualSheets.Sheet("Warning " + enforcement.getCaseNumber(),
				"ໜັງສືເຕືອນ", "Warning letter", enforcement.getCaseNumber(), authority.getNameLo(),
				authority.getNameEn(), rows,
				"ກະລຸນາແກ້ໄຂການລະເມີດດັ່ງກ່າວໂດຍດ່ວນ. ຖ້າຍັງສືບຕໍ່ລະເມີດ ຈະມີມາດຕະການຕາມກົດໝາຍ.",
				"Please remedy the violation without delay. If it continues, measures will be taken as the law provides."),
				caseFile.getAuthorityCode(), "Warning on enforcement case " + enforcement.getCaseNumber());
	}

	public byte[] writtenRecord(EnforcementCase enforcement, CaseFile caseFile) {
		Authority authority = this.authorities.authority(caseFile.getAuthorityCode());
		List<CertificateRow> rows = new ArrayList<>(common(enforcement));
		rows.add(new CertificateRow("ສິ່ງທີ່ພົບ", "Findings", enforcement.getRecordFindings(), null));
		rows.add(new CertificateRow("ສະຖານທີ່", "Place", enforcement.getRecordPlace(), null));
		rows.add(new CertificateRow("ຜູ້ເຂົ້າຮ່ວມ", "Present", enforcement.getRecordPresent(), null));
		if (enforcement.getRecordRepresentative() != null) {
			rows.add(new CertificateRow("ຜູ້ຕາງໜ້າບໍລິສັດ", "Company representative",
					enforcement.getRecordRepresentative(), null));
		}
		rows.add(new CertificateRow("ບັນທຶກໂດຍ", "Recorded by", enforcement.getRecordedBy(), null));
		rows.add(new CertificateRow("ວັນທີ ແລະ ເວລາ", "Date and time", dateTime(enforcement.getRecordedAt()), null));
		return this.sheets.renderSigned(
				new BilingualSheets.Sheet("Written record " + enforcement.getCaseNumber(), "ບົດບັນທຶກການລະເມີດ",
						"Written record of a violation", enforcement.getCaseNumber(), authority.getNameLo(),
						authority.getNameEn(), rows,
						"ບົດບັນທຶກນີ້ໄດ້ອ່ານໃຫ້ຜູ້ເຂົ້າຮ່ວມຟັງ ແລະ ລົງລາຍເຊັນເອເລັກໂຕຣນິກໂດຍໜ່ວຍງານ.",
						"This record was read to those present and is signed electronically by the authority."),
				caseFile.getAuthorityCode(), "Written record on enforcement case " + enforcement.getCaseNumber());
	}

	private List<CertificateRow> common(EnforcementCase enforcement) {
		Company company = this.parties.company(enforcement.getCompanyId());
		String en = company.getNameEn();
		List<CertificateRow> rows = new ArrayList<>();
		rows.add(new CertificateRow("ເຖິງ", "To", company.getNameLo(),
				(en == null || en.isBlank() || en.equals(company.getNameLo())) ? null : en));
		if (enforcement.getLicenceNumber() != null) {
			rows.add(new CertificateRow("ໃບອະນຸຍາດ", "Licence", enforcement.getLicenceNumber(), null));
		}
		return rows;
	}

	private static String dateTime(LocalDateTime at) {
		return (at != null) ? DATE_TIME.format(at) : "—";
	}

}
