package la.anuyat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import la.anuyat.audit.AuditEntry;
import la.anuyat.audit.AuditTrail;
import la.anuyat.audit.ChainVerification;
import la.anuyat.identity.Actor;
import la.anuyat.authority.AuthorityLevel;
import la.anuyat.authority.AuthorityService;
import la.anuyat.identity.Role;
import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.CaseFileService;
import la.anuyat.casefile.CaseStatus;
import la.anuyat.casefile.Decision;
import la.anuyat.casefile.Review;
import la.anuyat.casefile.StudyOutcome;
import la.anuyat.casefile.CaseDocuments;
import la.anuyat.document.DocumentService;
import la.anuyat.document.DocumentSummary;
import la.anuyat.document.Samples;
import la.anuyat.document.StoredDocument;
import la.anuyat.licence.Licence;
import la.anuyat.licence.LicenceApplications;
import la.anuyat.licence.LicenceService;
import la.anuyat.licence.VerificationStatus;
import la.anuyat.notification.Notice;
import la.anuyat.notification.NoticeFilter;
import la.anuyat.notification.NotificationService;
import la.anuyat.notification.OutboxMail;
import la.anuyat.party.ApplicantAccount;
import la.anuyat.party.PartyService;
import la.anuyat.party.SignUp;
import la.anuyat.party.SignUpResult;
import la.anuyat.shared.ConflictException;
import la.anuyat.shared.ForbiddenException;
import la.anuyat.shared.InvalidInputException;
import la.anuyat.shared.LocalizedText;
import la.anuyat.shared.NotFoundException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The domain services end to end on H2 with the Flyway schema, validated by Hibernate: an
 * application from sign-up to signed certificate, with the access, four-eyes and audit
 * rules along the way.
 */
@SpringBootTest(classes = DomainTestApplication.class,
		properties = { "spring.datasource.url=jdbc:h2:mem:anuyat-domain;DB_CLOSE_DELAY=-1",
				"spring.jpa.hibernate.ddl-auto=validate", "spring.jpa.open-in-view=false",
				"anuyat.data-dir=target/test-data", "anuyat.public-base-url=https://anuyat.example.la",
				"anuyat.documents.max-size=2MB" })
@Import(DomainServicesIntegrationTest.FixedClock.class)
class DomainServicesIntegrationTest {

	/** 10 March 2026, 10:00 in Vientiane. */
	static final Instant NOW = Instant.parse("2026-03-10T03:00:00Z");

	@TestConfiguration
	static class FixedClock {

		@Bean
		Clock clock() {
			return Clock.fixed(NOW, ZoneId.of("Asia/Vientiane"));
		}

	}

	@Autowired
	AuthorityService authorities;

	@Autowired
	PartyService parties;

	@Autowired
	CaseFileService cases;

	@Autowired
	LicenceApplications applications;

	@Autowired
	CaseDocuments documents;

	@Autowired
	DocumentService files;

	@Autowired
	LicenceService licences;

	@Autowired
	AuditTrail audit;

	@Autowired
	NotificationService notifications;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void seedsTheMinistryTheEighteenProvincesAndTheLicenceTypes() {
		assertThat(this.authorities.authorities()).hasSize(19);
		assertThat(this.authorities.provinces()).hasSize(18).allMatch((a) -> a.getLevel() == AuthorityLevel.PROVINCE);
		assertThat(this.authorities.authority("MTC").getNameEn())
			.isEqualTo("Ministry of Technology and Communications");
		assertThat(this.authorities.authority("LPB").getNameLo()).isEqualTo("ພະແນກເຕັກໂນໂລຊີ ແລະ ການສື່ສານ ຫຼວງພະບາງ");
		assertThat(this.authorities.authority("LPB").getProvinceNameEn()).isEqualTo("Luang Prabang");
		// 9 ICT categories, postal, SIM-card dealer, special number, type approval,
		// import permit, radio frequency licence
		assertThat(this.licences.licenceTypes()).hasSize(15)
			.filteredOn((t) -> t.getCode().startsWith("ICT-"))
			.hasSize(9)
			.allMatch((t) -> "ICT".equals(t.getCasePrefix()));
		assertThat(this.licences.licenceType("ICT-ISP2").getNameLo()).isEqualTo("ຜູ້ໃຫ້ບໍລິການອິນເຕີເນັດ ປະເພດ 2");
		assertThat(this.licences.licenceType("POST").getCasePrefix()).isEqualTo("PST");
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.licences.licenceType("POSTAL"));
	}

	@Test
	void takesAnApplicationFromSignUpToAVerifiableSignedCertificate() {
		Actor officer = staff("officer1.vte", Role.SECTION_OFFICER, "VTE");
		Actor leader = staff("leader1.vte", Role.LEADERSHIP, "VTE");
		Actor deputy = staff("deputy1.vte", Role.LEADERSHIP, "VTE");
		Actor officerLpb = staff("officer1.lpb", Role.SECTION_OFFICER, "LPB");
		Actor applicant = applicant("laosoft", "VTE");
		Actor otherApplicant = applicant("luangsoft", "LPB");

		CaseFile draft = this.applications.draftNew(applicant, "ICT-SOFT", "VTE", "{\"plannedServices\":\"web\"}");
		assertThat(draft.getCaseNumber()).matches("ICT-VTE-2026-\\d{6}");
		assertThat(draft.getAuthorityCode()).isEqualTo("VTE");
		String number = draft.getCaseNumber();
		long caseId = draft.getId();

		StoredDocument registration = this.documents.store(applicant, caseId, "enterprise-registration",
				"registration.pdf", Samples.pdf("Enterprise registration 0123/ERO"));
		assertThat(registration.getMediaType()).isEqualTo("application/pdf");
		assertThat(registration.getSha256()).hasSize(64);
		assertThat(registration.getExtractedText()).contains("Enterprise registration 0123/ERO");
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(
				() -> this.documents.store(applicant, caseId, "tax-registration", "tax.pdf", Samples.windowsProgram()))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("document.unsupported"));
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(
				() -> this.documents.store(applicant, caseId, "business-plan", "plan.pdf", new byte[3 * 1024 * 1024]))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("document.tooLarge"));
		assertThat(this.documents.documentsOf(caseId)).extracting(DocumentSummary::fileName)
			.containsExactly("registration.pdf");
		assertThat(this.files.content(registration.getId())).startsWith("%PDF".getBytes());

		// staff do not see drafts; other applicants never see the case
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.cases.caseByNumber(officer, number));
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.cases.caseByNumber(otherApplicant, number));

		this.cases.submit(applicant, number);
		assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> this.cases.submit(applicant, number));
		assertThat(this.cases.caseByNumber(officer, number).getStatus()).isEqualTo(CaseStatus.SUBMITTED);
		assertThat(this.cases.casesInJurisdiction(officer)).extracting(CaseFile::getCaseNumber).contains(number);
		assertThat(this.cases.casesInJurisdiction(officerLpb)).extracting(CaseFile::getCaseNumber)
			.doesNotContain(number);
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.cases.caseByNumber(officerLpb, number));
		assertThatExceptionOfType(ForbiddenException.class)
			.isThrownBy(() -> this.cases.markComplete(caseId, officerLpb));
		assertThat(this.cases.casesOf(applicant)).extracting(CaseFile::getCaseNumber).containsExactly(number);
		assertThat(this.cases.casesOf(otherApplicant)).isEmpty();

		this.cases.requestInformation(caseId, officer, "Please add the tax registration certificate");
		this.documents.store(applicant, caseId, "tax-registration", "tax.docx", Samples.docx("Tax registration"));
		this.cases.answerInformationRequest(caseId, applicant, "Added the tax registration");
		this.cases.markComplete(caseId, officer);
		this.cases.addNote(officer, number, "Checked against the enterprise register.");

		// a leader studies, so that leader may not decide
		this.cases.recordStudy(caseId, leader, StudyOutcome.RECOMMEND_APPROVE, "Meets the requirements");
		assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> this.cases.checkMayDecide(caseId, leader))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("case.fourEyes"));
		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> this.cases.recordDecision(caseId, leader, Decision.APPROVE, "Approved"))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("case.fourEyes"));
		assertThatExceptionOfType(ForbiddenException.class)
			.isThrownBy(() -> this.cases.recordDecision(caseId, officer, Decision.APPROVE, "Approved"));

		// the deputy decides as acting head, under a written delegation
		this.authorities.recordDelegation(leader, deputy.username(), LocalDate.of(2026, 3, 1),
				LocalDate.of(2026, 3, 31), "DTC-VTE 045/2026");
		this.cases.checkMayDecide(caseId, deputy);
		this.cases.recordDecision(caseId, deputy, Decision.APPROVE, "Complete and in order");

		Licence licence = this.licences.issue(caseId, 36, deputy);
		assertThat(licence.getLicenceNumber()).matches("LIC-VTE-2026-\\d{6}");
		assertThat(licence.getValidUntil()).isEqualTo(LocalDate.of(2029, 3, 9));
		assertThat(licence.getHolderNameEn()).isEqualTo("laosoft Co.");
		assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> this.licences.issue(caseId, 36, deputy));

		CaseFile decided = this.cases.caseByNumber(applicant, number);
		assertThat(decided.getStatus()).isEqualTo(CaseStatus.APPROVED);
		assertThat(this.applications.licenceIssuedBy(decided)).contains(licence.getLicenceNumber());
		assertThat(decided.getReferences()).containsExactly(licence.getLicenceNumber());
		// the review, read back from the case's columns
		Review review = decided.getReview();
		assertThat(review.getStudiedBy()).isEqualTo(leader.username());
		assertThat(review.getStudyOutcome()).isEqualTo(StudyOutcome.RECOMMEND_APPROVE);
		assertThat(review.getRecommendation()).isEqualTo("Meets the requirements");
		assertThat(review.getDecidedBy()).isEqualTo(deputy.username());
		assertThat(review.getDecision()).isEqualTo(Decision.APPROVE);
		assertThat(review.getDecisionReasons()).isEqualTo("Complete and in order");
		assertThat(review.getDecidedAt()).isNotNull().isEqualTo(decided.getClosedAt());
		assertThat(review.getStudiedAt()).isNotNull().isBeforeOrEqualTo(review.getDecidedAt());
		assertThat(review.getDecidedUnder()).as("the deputy decided as acting head").isEqualTo("DTC-VTE 045/2026");
		assertThat(this.cases.caseByNumber(officer, number).getReview()).isEqualTo(review);
		assertThat(decided.getNotes()).extracting((note) -> note.getText())
			.containsExactly("Checked against the enterprise register.");
		assertThat(decided.getHistory()).extracting((event) -> event.getType())
			.containsExactly("case.created", "case.submitted", "case.informationRequested", "case.informationProvided",
					"case.complete", "case.studied", "case.approved", "case.licenceIssued");
		assertThat(decided.getHistory().get(6).getDelegationRef()).isEqualTo("DTC-VTE 045/2026");
		assertThat(decided.getHistory()).allSatisfy((event) -> {
			assertThat(event.getDescriptionLo()).isNotBlank();
			assertThat(event.getDescriptionEn()).isNotBlank();
		});

		assertThat(this.licences.verify(licence.getLicenceNumber())).isEqualTo(VerificationStatus.VALID);
		assertThat(this.licences.verify("LIC-VTE-2026-999999")).isEqualTo(VerificationStatus.UNKNOWN);
		assertThat(this.licences.certificatePdf(applicant, licence.getLicenceNumber())).startsWith("%PDF".getBytes());
		assertThat(this.licences.certificatePdf(officer, licence.getLicenceNumber())).isNotEmpty();
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.licences.certificatePdf(otherApplicant, licence.getLicenceNumber()));
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.licences.certificatePdf(officerLpb, licence.getLicenceNumber()));
		assertThat(this.licences.licencesOf(applicant.companyId())).extracting(Licence::getLicenceNumber)
			.containsExactly(licence.getLicenceNumber());

		List<AuditEntry> trail = this.audit.entriesFor("case", number);
		assertThat(trail).extracting(AuditEntry::getAction)
			.contains("case.created", "document.stored", "case.submitted", "case.studied", "case.approved",
					"case.licenceIssued");
		assertThat(trail).filteredOn((entry) -> entry.getAction().equals("case.approved"))
			.singleElement()
			.satisfies((entry) -> {
				assertThat(entry.getActor()).isEqualTo("deputy1.vte");
				assertThat(entry.getDelegationRef()).isEqualTo("DTC-VTE 045/2026");
			});
		assertThat(this.audit.verify().intact()).isTrue();
	}

	@Test
	void numbersCasesPerProvinceAndYearWithoutGaps() {
		Actor applicant = applicant("numbering", "XSB");

		String first = this.cases.createDraft(applicant, "ICT-SHOP", "XSB", "{}").getCaseNumber();
		String second = this.cases.createDraft(applicant, "ICT-IMP", "XSB", "{}").getCaseNumber();

		assertThat(first).isEqualTo("ICT-XSB-2026-000001");
		assertThat(second).isEqualTo("ICT-XSB-2026-000002");
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.cases.createDraft(applicant, "ICT-NONE", "XXX", "{}"))
			.satisfies((ex) -> assertThat(ex.fieldErrors()).hasSize(2));
	}

	@Test
	void signsUpABusinessAndConfirmsItsEmailOnce() {
		SignUpResult result = this.parties.signUp(signUp("newbiz", "SVK"));
		assertThat(this.parties.accountByUsername("newbiz")).get()
			.satisfies((account) -> assertThat(account.isEmailConfirmed()).isFalse());

		this.parties.confirmEmail(result.confirmationToken());

		assertThat(this.parties.accountByUsername("newbiz")).get()
			.satisfies((account) -> assertThat(account.isEmailConfirmed()).isTrue());
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.parties.confirmEmail(result.confirmationToken()));
		assertThat(this.parties.company(result.companyId()).getProvinceCode()).isEqualTo("SVK");
	}

	@Test
	void refusesASignUpWithATakenNameABadAddressAndAnUnknownProvince() {
		this.parties.signUp(signUp("taken", "VTE"));

		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.parties.signUp(new SignUp("taken", "{noop}x", "not-an-address", "ບໍລິສັດ", "Co",
					null, null, "ZZZ", null, null, null)))
			.satisfies((ex) -> assertThat(ex.fieldErrors()).extracting((error) -> error.field())
				.containsExactlyInAnyOrder("username", "email", "provinceCode", "registrationNumber", "address",
						"contactName", "phone"));
	}

	@Test
	void keepsMailInTheOutboxUntilRelayed() {
		OutboxMail older = this.notifications.queue("a@example.la", "Confirm", "Link 1");
		OutboxMail newer = this.notifications.queue("b@example.la", "Confirm", "Link 2");

		this.notifications.markSent(older.getId());

		assertThat(this.notifications.unsent()).extracting(OutboxMail::getId)
			.contains(newer.getId())
			.doesNotContain(older.getId());
		List<Long> outbox = this.notifications.outbox().stream().map(OutboxMail::getId).toList();
		assertThat(outbox.indexOf(newer.getId())).isLessThan(outbox.indexOf(older.getId()));
		assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> this.notifications.markSent(older.getId()));
	}

	@Test
	void pagesAStaffMembersNoticesNewestFirstAndFiltersTheUnread() {
		Actor leader = new Actor("leader.pages", Role.LEADERSHIP, "VTE", null);
		Actor someoneElse = new Actor("officer.pages", Role.SECTION_OFFICER, "VTE", null);
		List<Long> sent = new ArrayList<>();
		for (int i = 1; i <= 5; i++) {
			sent.add(this.notifications
				.notify(leader.username(), "ICT-VTE-2026-00090" + i, "taskOverdue",
						LocalizedText.of("ເກີນກຳນົດ " + i, "Overdue " + i),
						LocalizedText.of("ໜ້າວຽກ " + i, "Task " + i), "/cases/ICT-VTE-2026-00090" + i)
				.getId());
		}
		this.notifications.notify(someoneElse.username(), "ICT-VTE-2026-000909", "taskOverdue",
				LocalizedText.of("ອື່ນ", "Other"), LocalizedText.of("ອື່ນ", "Other"), "/cases/ICT-VTE-2026-000909");
		this.notifications.markNoticeRead(leader, sent.get(3));

		// the clock stands still here, so the order is the order they were sent in
		assertThat(this.notifications.noticesOf(leader, NoticeFilter.ALL, 0, 2)).extracting(Notice::getId)
			.containsExactly(sent.get(4), sent.get(3));
		assertThat(this.notifications.noticesOf(leader, NoticeFilter.ALL, 2, 2)).extracting(Notice::getId)
			.containsExactly(sent.get(0));
		assertThat(this.notifications.countNoticesOf(leader, NoticeFilter.ALL)).isEqualTo(5);
		assertThat(this.notifications.noticesOf(leader, NoticeFilter.UNREAD, 0, 10)).extracting(Notice::getId)
			.containsExactly(sent.get(4), sent.get(2), sent.get(1), sent.get(0));
		assertThat(this.notifications.countNoticesOf(leader, NoticeFilter.UNREAD)).isEqualTo(4);
		assertThat(this.notifications.noticesOf(leader, NoticeFilter.ALL, 0, 10)).extracting(Notice::getLink)
			.allMatch((link) -> link.startsWith("/cases/"));

		this.notifications.markAllNoticesRead(leader);
		assertThat(this.notifications.countNoticesOf(leader, NoticeFilter.UNREAD)).isZero();
		assertThat(this.notifications.unreadNoticesOf(someoneElse)).as("another's notices stay unread").isEqualTo(1);
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.notifications.markNoticeRead(someoneElse, sent.get(0)));
	}

	@Test
	void detectsAnAuditEntryChangedInTheDatabase() {
		AuditEntry entry = this.audit.record("officer.vte", "case.studied", "case", "ICT-VTE-2026-000999",
				"recommend approval", null);
		this.audit.record("leader.vte", "case.approved", "case", "ICT-VTE-2026-000999", "approved", null);
		assertThat(this.audit.verify().intact()).isTrue();

		this.jdbc.update("update audit_entry set detail = ? where id = ?", "recommend rejection", entry.getId());
		try {
			ChainVerification result = this.audit.verify();
			assertThat(result.intact()).isFalse();
			assertThat(result.firstBrokenEntryId()).isEqualTo(entry.getId());
		}
		finally {
			this.jdbc.update("update audit_entry set detail = ? where id = ?", "recommend approval", entry.getId());
		}
		assertThat(this.audit.verify().intact()).isTrue();
	}

	private Actor staff(String username, Role role, String authorityCode) {
		return this.authorities
			.createStaff(username, "{noop}demo", role, authorityCode, "ພະນັກງານ " + username, "Staff " + username,
					username + "@dtc.gov.la")
			.toActor();
	}

	private Actor applicant(String username, String provinceCode) {
		ApplicantAccount account = this.parties.createConfirmedApplicant(signUp(username, provinceCode));
		return account.toActor();
	}

	private static SignUp signUp(String username, String provinceCode) {
		return new SignUp(username, "{noop}demo", username + "@example.la", "ບໍລິສັດ " + username, username + " Co.",
				"ERO-" + username, "TAX-" + username, provinceCode, "Ban Phonxay, Xaysettha", "Contact " + username,
				"+856 20 5555 5555");
	}

}
