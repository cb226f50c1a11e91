package la.anuyat.complaint;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import la.anuyat.DomainTestApplication;
import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.CaseFileService;
import la.anuyat.casefile.CaseSummaries;
import la.anuyat.casefile.CaseSummary;
import la.anuyat.casefile.PartyRole;
import la.anuyat.document.DocumentService;
import la.anuyat.document.Samples;
import la.anuyat.identity.Actor;
import la.anuyat.notification.NotificationService;
import la.anuyat.party.PartyService;
import la.anuyat.party.SignUp;
import la.anuyat.shared.InvalidInputException;
import la.anuyat.shared.NotFoundException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Filing a complaint on the real services and schema: what is stored, what the public
 * sees, and that a refusal stores nothing.
 */
@SpringBootTest(classes = DomainTestApplication.class,
		properties = { "spring.datasource.url=jdbc:h2:mem:anuyat-complaints;DB_CLOSE_DELAY=-1",
				"spring.jpa.hibernate.ddl-auto=validate", "anuyat.data-dir=target/test-data-complaints",
				"anuyat.public-base-url=https://anuyat.example.la", "anuyat.documents.max-size=2MB" })
class ComplaintServiceTest {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	ComplaintService complaints;

	@Autowired
	CaseFileService cases;

	@Autowired
	CaseSummaries summaries;

	@Autowired
	DocumentService documents;

	@Autowired
	PartyService parties;

	@Autowired
	NotificationService notifications;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void filesAComplaintWithAnUnguessableTrackingCodeAndKeepsTheContactPrivate() {
		long operator = operator();
		Complaint complaint = this.complaints.file(ComplaintService.PUBLIC,
				intake("CMP-BILLING", operator, "I was charged twice for my data package", false,
						List.of(new ComplaintIntake.Evidence("bill.png", Samples.png()))));

		assertThat(complaint.getTrackingCode()).matches("[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}");
		CaseFile caseFile = this.cases.caseById(complaint.getCaseId().value());
		assertThat(caseFile.getCaseNumber()).matches("CMP-VTE-\\d{4}-\\d{6}");
		assertThat(caseFile.getAuthorityCode()).isEqualTo("VTE");
		assertThat(caseFile.getCompanyId()).isEqualTo(operator);
		assertThat(caseFile.partiesIn(PartyRole.COMPLAINANT)).singleElement()
			.satisfies((party) -> assertThat(party.getEmail()).isEqualTo("noy@example.la"));
		assertThat(caseFile.partiesIn(PartyRole.RESPONDENT)).singleElement()
			.satisfies((party) -> assertThat(party.getCompanyId()).isEqualTo(operator));
		assertThat(this.documents.documentsOf(caseFile.getId())).singleElement()
			.satisfies((doc) -> assertThat(doc.documentType()).isEqualTo(ComplaintService.EVIDENCE));

		PublicComplaint seen = this.complaints.track(complaint.getTrackingCode().toLowerCase(Locale.ROOT));
		assertThat(seen.caseNumber()).isEqualTo(caseFile.getCaseNumber());
		assertThat(seen.stage()).isEqualTo(ComplaintStage.RECEIVED);
		assertThat(seen.steps()).hasSize(1);
		assertThat(seen.toString()).doesNotContain("noy@example.la", "Noy", "020 5555");
		assertThat(this.notifications.outbox()).anyMatch((mail) -> mail.getRecipient().equals("noy@example.la")
				&& mail.getBody().contains(complaint.getTrackingCode()));
	}

	@Test
	void listsACaseAboutNoCompanyInTheWorkListSummaries() {
		Complaint complaint = this.complaints.file(ComplaintService.PUBLIC,
				intake("CMP-SCAM", null, "A caller claimed to be from the bank", true, List.of()));
		long caseId = complaint.getCaseId().value();
		CaseFile caseFile = this.cases.caseById(caseId);
		assertThat(caseFile.getCompanyId()).isNull();

		CaseSummary summary = this.summaries.byIds(List.of(caseId)).get(caseId);
		assertThat(summary).isNotNull();
		assertThat(summary.companyName()).isEqualTo(CaseSummary.NO_COMPANY);
		assertThat(this.summaries.byCaseNumbers(List.of(caseFile.getCaseNumber())))
			.containsKey(caseFile.getCaseNumber());
	}

	@Test
	void refusesAnAnonymousComplaintWhereTheCategoryNeedsAName() {
		int before = complaintCount();
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.complaints.file(ComplaintService.PUBLIC,
					intake("CMP-BILLING", null, "Charged twice", true, List.of())))
			.satisfies((ex) -> assertThat(ex.fieldErrors()).anyMatch((error) -> error.field().equals("anonymous")));
		assertThat(complaintCount()).isEqualTo(before);
	}

	@Test
	void refusesScriptMissingFieldsAndAnUnknownCategoryAndStoresNothing() {
		int before = complaintCount();
		int casesBefore = caseCount();
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.complaints.file(ComplaintService.PUBLIC,
					intake("CMP-BILLING", null, "<script>alert(1)</script>", false, List.of())))
			.satisfies((ex) -> assertThat(ex.fieldErrors()).anyMatch((error) -> error.field().equals("description")));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(
					() -> this.complaints.file(ComplaintService.PUBLIC, intake("NO-SUCH", null, " ", false, List.of())))
			.satisfies((ex) -> assertThat(ex.fieldErrors()).extracting((error) -> error.field())
				.contains("category", "description"));
		assertThat(complaintCount()).isEqualTo(before);
		assertThat(caseCount()).isEqualTo(casesBefore);
	}

	@Test
	void refusesADisguisedFileAndStoresNothing() {
		int before = complaintCount();
		int casesBefore = caseCount();
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.complaints.file(ComplaintService.PUBLIC, intake("CMP-BILLING", null, "Charged twice",
					false, List.of(new ComplaintIntake.Evidence("photo.jpg", Samples.windowsProgram())))));
		assertThat(complaintCount()).isEqualTo(before);
		assertThat(caseCount()).isEqualTo(casesBefore);
	}

	@Test
	void answersAnUnknownOrMalformedTrackingCodeAlike() {
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.complaints.track("ABCD-EFGH-JKMN"));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.complaints.track("' or 1=1 --"));
	}

	@Test
	void suggestsARecentComplaintAgainstTheSameOperatorAsAPossibleDuplicate() {
		long operator = operator();
		Complaint first = this.complaints.file(ComplaintService.PUBLIC, intake("CMP-BILLING", operator,
				"Charged twice for the monthly data package in March", false, List.of()));
		Complaint second = this.complaints.file(ComplaintService.PUBLIC,
				intake("CMP-BILLING", operator, "The monthly data package was charged twice", false, List.of()));
		this.complaints.file(ComplaintService.PUBLIC,
				intake("CMP-BILLING", operator(), "Charged twice for the monthly data package", false, List.of()));
		Actor officer = new Actor("officer.cmp", la.anuyat.identity.Role.SECTION_OFFICER, "VTE", null);

		assertThat(this.complaints.possibleDuplicates(officer, second.getCaseId().value()))
			.extracting(ComplaintService.Duplicate::caseNumber)
			.containsExactly(this.cases.caseById(first.getCaseId().value()).getCaseNumber());
	}

	private ComplaintIntake intake(String category, Long operator, String description, boolean anonymous,
			List<ComplaintIntake.Evidence> files) {
		return new ComplaintIntake(category, operator, "VTE", "Chanthabouly", "Ban Haysok", 17.96, 102.61, description,
				anonymous ? null : "Noy", anonymous ? null : "noy@example.la", anonymous ? null : "020 5555 1234",
				anonymous, Locale.ENGLISH, ComplaintChannel.WEB, files);
	}

	private long operator() {
		int n = SEQUENCE.incrementAndGet();
		String username = "operator" + n + ".cmp";
		return this.parties
			.createConfirmedApplicant(new SignUp(username, "{noop}demo", username + "@operator.example.la",
					"ບໍລິສັດ ໂທລະຄົມ " + n, "Telecom " + n, "ENT-C" + n, "TAX-C" + n, "VTE", "Vientiane", "Contact",
					"+856 21 000 " + n))
			.getCompanyId();
	}

	private int complaintCount() {
		return this.jdbc.queryForObject("select count(*) from complaint", Integer.class);
	}

	private int caseCount() {
		return this.jdbc.queryForObject("select count(*) from case_file", Integer.class);
	}

}
