package la.anuyat.complaint.internal;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import la.anuyat.authority.Authority;
import la.anuyat.authority.AuthorityService;
import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.CaseTypeCatalogue;
import la.anuyat.complaint.Complaint;
import la.anuyat.complaint.Mediation;
import la.anuyat.complaint.MediationOutcome;
import la.anuyat.complaint.MediationParticipant;
import la.anuyat.licence.BilingualSheets;
import la.anuyat.licence.CertificateRow;
import la.anuyat.party.Company;
import la.anuyat.party.PartyService;
import la.anuyat.shared.LocalizedText;

import org.springframework.stereotype.Component;

/**
 * The mediation record and the decision letter of a complaint as one-page PDFs in Lao and
 * English, set like the certificate and signed with the authority's key, so that the
 * complainant, the operator and a court can check who issued them and that nothing was
 * changed. The officers' own words (minutes, agreement, reasons) are printed as written.
 * The decision letter names no person: the complainant downloads it with the tracking
 * code.
 */
@Component
public class ComplaintPapers {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");

	private final BilingualSheets sheets;

	private final AuthorityService authorities;

	private final PartyService parties;

	private final CaseTypeCatalogue caseTypes;

	ComplaintPapers(BilingualSheets sheets, AuthorityService authorities, PartyService parties,
			CaseTypeCatalogue caseTypes) {
		this.sheets = sheets;
		this.authorities = authorities;
		this.parties = parties;
		this.caseTypes = caseTypes;
	}

	public byte[] mediationRecord(Complaint complaint, Mediation mediation, CaseFile caseFile) {
		Authority authority = this.authorities.authority(caseFile.getAuthorityCode());
		List<CertificateRow> rows = new ArrayList<>(common(complaint, caseFile));
		rows.add(new CertificateRow("ວັນທີ ແລະ ເວລາ", "Date and time", DATE_TIME.format(mediation.getMeetingAt()),
				null));
		rows.add(new CertificateRow("ສະຖານທີ່", "Place", mediation.getPlace(), null));
		rows.add(new CertificateRow("ຜູ້ເຂົ້າຮ່ວມ", "Present", names(mediation, true), null));
		String absent = names(mediation, false);
		if (!absent.isEmpty()) {
			rows.add(new CertificateRow("ຜູ້ບໍ່ມາ", "Absent", absent, null));
		}
		rows.add(new CertificateRow("ບົດບັນທຶກ", "Minutes", mediation.getMinutes(), null));
		MediationOutcome outcome = mediation.getOutcome();
		rows.add(new CertificateRow("ຜົນ", "Outcome", outcome.label().lo(), outcome.label().en()));
		if (mediation.getAgreement() != null) {
			rows.add(new CertificateRow("ຂໍ້ຕົກລົງ", "Agreement", mediation.getAgreement(), null));
		}
		rows.add(new CertificateRow("ບັນທຶກໂດຍ", "Recorded by", mediation.getRecordedBy(), null));
		return this.sheets.renderSigned(new BilingualSheets.Sheet("Mediation record " + caseFile.getCaseNumber(),
				"ບົດບັນທຶກການໄກ່ເກ່ຍ", "Record of mediation", caseFile.getCaseNumber(), authority.getNameLo(),
				authority.getNameEn(), rows,
				"ບົດບັນທຶກນີ້ໄດ້ອ່ານໃຫ້ຜູ້ເຂົ້າຮ່ວມຟັງ ແລະ ລົງລາຍເຊັນເອເລັກໂຕຣນິກໂດຍໜ່ວຍງານ. ຂໍ້ຕົກລົງຈະຖືກພິຈາລະນາໃນການຕັດສິນ.",
				"This record was read to those present and is signed electronically by the authority. "
						+ "The decision on the complaint takes the agreement into account."),
				caseFile.getAuthorityCode(), "Mediation record of complaint " + caseFile.getCaseNumber());
	}

	public byte[] decisionLetter(Complaint complaint, CaseFile caseFile) {
		Authority authority = this.authorities.authority(caseFile.getAuthorityCode());
		List<CertificateRow> rows = new ArrayList<>(common(complaint, caseFile));
		boolean upheld = Boolean.TRUE.equals(complaint.getUpheld());
		rows.add(new CertificateRow("ຜົນການຕັດສິນ", "Decision", upheld ? "ຄຳຮ້ອງທຸກມີມູນ" : "ຄຳຮ້ອງທຸກບໍ່ມີມູນ",
				upheld ? "Upheld" : "Not upheld"));
		if (upheld && complaint.getRemedy() != null) {
			rows.add(new CertificateRow("ການແກ້ໄຂ", "Remedy", complaint.getRemedy(), null));
		}
		rows.add(new CertificateRow("ເຫດຜົນ", "Reasons", complaint.getDecisionReasons(), null));
		rows.add(new CertificateRow("ວັນທີ", "Date", DATE.format(complaint.getDecidedAt()), null));
		if (complaint.getWindowClosesAt() != null) {
			String until = DATE.format(complaint.getWindowClosesAt());
			rows.add(new CertificateRow("ຂໍເປີດຄືນໄດ້ຈົນຮອດ", "May be reopened until", until, null));
		}
		return this.sheets.renderSigned(new BilingualSheets.Sheet("Decision " + caseFile.getCaseNumber(),
				"ໜັງສືແຈ້ງຜົນການຕັດສິນຄຳຮ້ອງທຸກ", "Decision on a complaint", caseFile.getCaseNumber(),
				authority.getNameLo(), authority.getNameEn(), rows,
				upheld ? "ຜູ້ໃຫ້ບໍລິການຕ້ອງປະຕິບັດການແກ້ໄຂດັ່ງກ່າວ. ຖ້າບໍ່ປະຕິບັດ ຈະມີມາດຕະການຕາມກົດໝາຍ."
						: "ຖ້າທ່ານບໍ່ເຫັນດີ, ທ່ານສາມາດຂໍເປີດຄືນຄຳຮ້ອງທຸກດ້ວຍລະຫັດຕິດຕາມພາຍໃນກຳນົດ.",
				upheld ? "The operator must carry out the remedy. If it does not, measures will be taken as the law "
						+ "provides."
						: "If you disagree, you may reopen the complaint with its tracking code in time."),
				caseFile.getAuthorityCode(), "Decision on complaint " + caseFile.getCaseNumber());
	}

	private List<CertificateRow> common(Complaint complaint, CaseFile caseFile) {
		List<CertificateRow> rows = new ArrayList<>();
		LocalizedText category = this.caseTypes.nameOf(complaint.getCategory())
			.orElse(LocalizedText.of(complaint.getCategory(), complaint.getCategory()));
		rows.add(new CertificateRow("ປະເພດ", "Category", category.lo(), category.en()));
		if (complaint.getRespondentCompanyId() != null) {
			Company company = this.parties.company(complaint.getRespondentCompanyId());
			String en = company.getNameEn();
			rows.add(new CertificateRow("ຜູ້ໃຫ້ບໍລິການ", "Operator", company.getNameLo(),
					(en == null || en.isBlank() || en.equals(company.getNameLo())) ? null : en));
		}
		rows.add(new CertificateRow("ວັນທີຍື່ນ", "Filed on", DATE.format(complaint.getFiledAt()), null));
		return rows;
	}

	private static String names(Mediation mediation, boolean attended) {
		return mediation.getParticipants()
			.stream()
			.filter((participant) -> Boolean.TRUE.equals(participant.getAttended()) == attended)
			.map(ComplaintPapers::describe)
			.collect(Collectors.joining("; "));
	}

	private static String describe(MediationParticipant participant) {
		String role = (participant.getRole() != null) ? ", " + participant.getRole() : "";
		return participant.getName() + " (" + participant.getSide().label().en() + role + ")";
	}

	static String dateTime(LocalDateTime at) {
		return DATE_TIME.format(at);
	}

}
