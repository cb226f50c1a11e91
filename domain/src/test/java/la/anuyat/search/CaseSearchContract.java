package la.anuyat.search;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.EntityManagerFactory;
import la.anuyat.identity.Actor;
import la.anuyat.authority.AuthorityService;
import la.anuyat.identity.Role;
import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.CaseFileService;
import la.anuyat.casefile.CaseStatus;
import la.anuyat.casefile.CaseDocuments;
import la.anuyat.document.StoredDocument;
import la.anuyat.equipment.AssessmentOutcome;
import la.anuyat.equipment.EquipmentService;
import la.anuyat.equipment.PowerLimits;
import la.anuyat.equipment.RegisteredEquipment;
import la.anuyat.licence.Licence;
import la.anuyat.licence.StatusReason;
import la.anuyat.licence.VerificationStatus;
import la.anuyat.party.PartyService;
import la.anuyat.party.SignUp;
import la.anuyat.shared.InvalidInputException;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchWorkspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The search suite every backend must pass. A subclass boots the domain with one backend
 * (see {@code LuceneCaseSearchTest}); the application module can subclass it again for
 * Elasticsearch. Indexing must be synchronous
 * ({@code hibernate.search.indexing.plan.synchronization.strategy=sync}), so no test
 * waits. Tests share one database, so each one marks its own data with a unique word and
 * searches for it.
 */
@Import(CaseSearchContract.Clocks.class)
public abstract class CaseSearchContract {

	/** The floor under the recall measured on the Lucene backend (0.981). */
	protected static final double RECALL_FLOOR = 0.97;

	/** The floor under the precision measured on the Lucene backend (0.979). */
	protected static final double PRECISION_FLOOR = 0.95;

	private static final ObjectMapper JSON = new ObjectMapper();

	@TestConfiguration
	static class Clocks {

		@Bean
		TestClock clock() {
			return new TestClock();
		}

	}

	@Autowired
	protected CaseSearch search;

	@Autowired
	protected LicenceRegister register;

	@Autowired
	protected EquipmentRegister equipmentRegister;

	@Autowired
	protected EquipmentService equipment;

	@Autowired
	protected SearchIndexAdmin indexAdmin;

	@Autowired
	protected CaseFileService cases;

	@Autowired
	protected CaseDocuments documents;

	@Autowired
	protected PartyService parties;

	@Autowired
	protected AuthorityService authorities;

	@Autowired
	protected TransactionTemplate transactions;

	@Autowired
	protected EntityManagerFactory entityManagerFactory;

	@Autowired
	protected TestClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void findsACaseByALaoWordOfItsCompanyNameWhateverTheSpelling() {
		Actor applicant = applicant("LPB");
		Actor officer = staff(Role.SECTION_OFFICER, "LPB");
		// written with the old spellings ຫລ and ໍາ
		CaseFile submitted = submittedCase(applicant, "ICT-SOFT", "LPB",
				form("ບໍລິສັດ ຫລວງພະບາງ ດາວເຮືອງເນັດເວີກ ຈໍາກັດ", "Luang Prabang Daoheuang Network Co.",
						"ໃຫ້ບໍລິການອອກແບບເວັບໄຊ"));
		CaseFile draft = this.cases.createDraft(applicant, "ICT-SOFT", "LPB",
				form("ບໍລິສັດ ຫລວງພະບາງ ດາວເຮືອງເນັດເວີກ ຈໍາກັດ", "Draft Co.", "ຮ່າງ"));

		CaseSearchResult byWord = this.search.search(officer, CaseQuery.text("ດາວເຮືອງ"));
		assertThat(numbers(byWord)).contains(submitted.getCaseNumber()).doesNotContain(draft.getCaseNumber());
		CaseHit hit = hitFor(byWord, submitted.getCaseNumber());
		assertThat(hit.applicantNameLo()).isEqualTo("ບໍລິສັດ ຫຼວງພະບາງ ດາວເຮືອງເນັດເວີກ ຈຳກັດ");
		assertThat(hit.applicantNameEn()).isEqualTo("Luang Prabang Daoheuang Network Co.");
		assertThat(hit.caseType()).isEqualTo("ICT-SOFT");
		assertThat(hit.status()).isEqualTo(CaseStatus.SUBMITTED);
		assertThat(hit.authorityCode()).isEqualTo("LPB");
		assertThat(hit.submittedAt()).isNotNull();
		assertThat(hit.highlights()).anySatisfy((h) -> assertThat(h).contains("<em>ດາວເຮືອງ</em>"));

		assertThat(numbers(this.search.search(officer, CaseQuery.text("ຫຼວງພະບາງ"))))
			.contains(submitted.getCaseNumber());
		assertThat(numbers(this.search.search(officer, CaseQuery.text("ຄຳກັດ")))).isEmpty();
		assertThat(numbers(this.search.search(officer, CaseQuery.text("daoheuang network"))))
			.contains(submitted.getCaseNumber());
		assertThat(numbers(this.search.search(officer, CaseQuery.text(submitted.getCaseNumber()))))
			.containsExactly(submitted.getCaseNumber());
		// the applicant finds the own draft too
		assertThat(numbers(this.search.search(applicant, CaseQuery.text("ດາວເຮືອງ"))))
			.containsExactlyInAnyOrder(submitted.getCaseNumber(), draft.getCaseNumber());
	}

	@Test
	void findsAPhraseFromAttachmentTextAndHighlightsItSafely() {
		Actor applicant = applicant("HPN");
		Actor officer = staff(Role.SECTION_OFFICER, "HPN");
		CaseFile caseFile = submittedCase(applicant, "ICT-ISP2", "HPN",
				form("ບໍລິສັດ ສາຍຟ້າສື່ສານ ຈຳກັດ", "Saifa Communications", "ອິນເຕີເນັດ"));
		assertThat(numbers(this.search.search(officer, CaseQuery.text("ສູນຂໍ້ມູນ"))))
			.doesNotContain(caseFile.getCaseNumber());

		// stored by staff after submission: only the DocumentStored event reindexes the
		// case
		StoredDocument plan = this.documents.store(officer, caseFile.getId(), "business-plan", "plan.docx", LaoDocuments
			.docx("ແຜນທຸລະກິດ", "ບໍລິສັດຈະສ້າງສູນຂໍ້ມູນຢູ່ບ້ານໂພນໄຊ <script>alert(1)</script> ປີ 2027"));
		assertThat(plan.getExtractedText()).contains("ສູນຂໍ້ມູນ");
		StoredDocument letter = this.documents.store(officer, caseFile.getId(), "other", "letter.pdf",
				LaoDocuments.pdf("ໜັງສືສະເໜີ ກ່ຽວກັບການຕິດຕັ້ງເສົາອາກາດ"));
		assertThat(letter.getMediaType()).isEqualTo("application/pdf");

		CaseSearchResult result = this.search.search(officer, CaseQuery.text("ສູນຂໍ້ມູນ ໂພນໄຊ"));
		assertThat(numbers(result)).containsExactly(caseFile.getCaseNumber());
		List<String> highlights = result.hits().get(0).highlights();
		assertThat(highlights).anySatisfy((h) -> assertThat(h).contains("<em>ສູນຂໍ້ມູນ</em>"));
		assertThat(String.join(" ", highlights)).doesNotContain("<script").doesNotContain("\u200B");
		assertThat(String.join(" ", highlights).replaceAll("</?em>", "")).doesNotContain("<");

		assertThat(numbers(this.search.search(officer, CaseQuery.text("\"ສ້າງສູນຂໍ້ມູນ\""))))
			.containsExactly(caseFile.getCaseNumber());
		assertThat(numbers(this.search.search(officer, CaseQuery.text("ເສົາອາກາດ"))))
			.contains(caseFile.getCaseNumber());
	}

	@Test
	void findsTheQuestionsOfficersAskedAndTheAnswersEvenAfterASecondRequest() {
		String marker = marker();
		Actor applicant = applicant("VTE");
		Actor officer = staff(Role.SECTION_OFFICER, "VTE");
		Actor elsewhere = staff(Role.SECTION_OFFICER, "LPB");
		CaseFile caseFile = submittedCase(applicant, "ICT-ISP2", "VTE",
				form("ບໍລິສັດ ສາຍແສງ", marker + " Saiseng", "ອິນເຕີເນັດ"));
		assertThat(numbers(this.search.search(officer, CaseQuery.text("ແຜນຜັງ " + marker)))).isEmpty();

		// a question in Lao, written without spaces, and an answer in English
		this.cases.requestInformation(caseFile.getId(), officer, "ກະລຸນາສົ່ງແຜນຜັງເຄືອຂ່າຍໃຍແກ້ວນຳແສງ");
		CaseSearchResult question = this.search.search(officer, CaseQuery.text("ແຜນຜັງ " + marker));
		assertThat(numbers(question)).containsExactly(caseFile.getCaseNumber());
		assertThat(question.hits().get(0).highlights()).anySatisfy((h) -> assertThat(h).contains("<em>ແຜນຜັງ</em>"));
		this.cases.answerInformationRequest(caseFile.getId(), applicant, "Diagram attached, backbone via Pakse");
		assertThat(numbers(this.search.search(officer, CaseQuery.text("backbone " + marker))))
			.containsExactly(caseFile.getCaseNumber());

		// a second request replaces the case's current question and answer; the history
		// keeps the first ones, and they stay searchable
		this.cases.requestInformation(caseFile.getId(), officer, "Which data centre hosts the billing servers?");
		this.cases.answerInformationRequest(caseFile.getId(), applicant, "ເຊີບເວີຢູ່ສູນຂໍ້ມູນຂອງບໍລິສັດ");
		for (String words : List.of("ແຜນຜັງ", "ໃຍແກ້ວນຳແສງ", "backbone pakse", "billing servers", "ສູນຂໍ້ມູນ")) {
			assertThat(numbers(this.search.search(officer, CaseQuery.text(words + " " + marker)))).as(words)
				.containsExactly(caseFile.getCaseNumber());
		}
		// the text itself, not the history's labels around it
		assertThat(numbers(this.search.search(officer, CaseQuery.text("requested " + marker)))).isEmpty();
		assertThat(numbers(this.search.search(officer, CaseQuery.text("answered " + marker)))).isEmpty();
		// and only within the officer's jurisdiction
		assertThat(numbers(this.search.search(elsewhere, CaseQuery.text("billing " + marker)))).isEmpty();
	}

	@Test
	void anApplicantNeverFindsTheStaffsInternalNotes() {
		String marker = marker();
		Actor applicant = applicant("BKO");
		Actor officer = staff(Role.SECTION_OFFICER, "BKO");
		CaseFile caseFile = submittedCase(applicant, "ICT-SOFT", "BKO",
				form("ບໍລິສັດ ບໍ່ແກ້ວ", marker + " Bokeo", "ຊອບແວ"));
		this.cases.addNote(officer, caseFile.getCaseNumber(), "ຜູ້ອຳນວຍການ confidential " + marker);

		assertThat(numbers(this.search.search(officer, CaseQuery.text("confidential " + marker))))
			.containsExactly(caseFile.getCaseNumber());
		assertThat(numbers(this.search.search(applicant, CaseQuery.text("confidential " + marker)))).isEmpty();
		CaseSearchResult own = this.search.search(applicant, CaseQuery.text(marker));
		assertThat(numbers(own)).containsExactly(caseFile.getCaseNumber());
		assertThat(String.join(" ", own.hits().get(0).highlights())).doesNotContain("confidential");
	}

	@Test
	void countsFacetsOverTheWholeResult() {
		String marker = marker();
		Actor vte = applicant("VTE");
		Actor lpb = applicant("LPB");
		Actor ministry = staff(Role.MINISTRY_OFFICER, "MTC");
		submittedCase(vte, "ICT-SOFT", "VTE", form("ບໍລິສັດ ໜຶ່ງ", marker + " One", "ຊອບແວ"));
		submittedCase(vte, "ICT-SOFT", "VTE", form("ບໍລິສັດ ສອງ", marker + " Two", "ຊອບແວ"));
		submittedCase(lpb, "ICT-ISP2", "LPB", form("ບໍລິສັດ ສາມ", marker + " Three", "ອິນເຕີເນັດ"));
		String year = String.valueOf(LocalDate.now(this.clock).getYear());

		CaseSearchResult all = this.search.search(ministry,
				new CaseQuery(marker, null, null, null, null, CaseSort.RELEVANCE, 0, 2));
		assertThat(all.total()).isEqualTo(3);
		assertThat(all.hits()).hasSize(2);
		assertThat(all.facet(CaseSearchResult.TYPE)).containsExactly(new FacetCount("ICT-SOFT", 2),
				new FacetCount("ICT-ISP2", 1));
		assertThat(all.facet(CaseSearchResult.PROVINCE)).containsExactly(new FacetCount("VTE", 2),
				new FacetCount("LPB", 1));
		assertThat(all.facet(CaseSearchResult.STATUS)).containsExactly(new FacetCount("SUBMITTED", 3));
		assertThat(all.facet(CaseSearchResult.YEAR)).containsExactly(new FacetCount(year, 3));

		CaseSearchResult filtered = this.search.search(ministry, new CaseQuery(marker, Set.of("ICT-SOFT"), null, null,
				Set.of(Integer.valueOf(year)), CaseSort.CASE_NUMBER, 0, 10));
		assertThat(filtered.total()).isEqualTo(2);
		assertThat(numbers(filtered)).isSorted();
		assertThat(this.search
			.search(ministry, new CaseQuery(marker, null, Set.of(CaseStatus.APPROVED), null, null, null, 0, 10))
			.total()).isZero();
		assertThat(this.search.search(ministry, new CaseQuery(marker, null, null, Set.of("LPB"), null, null, 0, 10))
			.facet(CaseSearchResult.PROVINCE)).containsExactly(new FacetCount("LPB", 1));
		assertThat(this.search.search(ministry, new CaseQuery(marker, null, null, null, Set.of(1999), null, 0, 10))
			.total()).isZero();
	}

	@Test
	void aProvincialOfficerNeverSeesCountsOrFacetsAnotherProvincesCases() {
		String marker = marker();
		Actor vteApplicant = applicant("VTE");
		Actor lpbApplicant = applicant("LPB");
		Actor officerLpb = staff(Role.SECTION_OFFICER, "LPB");
		Actor officerVte = staff(Role.LEADERSHIP, "VTE");
		Actor provincialMinistryOfficer = staff(Role.MINISTRY_OFFICER, "LPB");
		Actor admin = staff(Role.ADMINISTRATOR, "MTC");
		CaseFile vte1 = submittedCase(vteApplicant, "ICT-SOFT", "VTE", form("ບໍລິສັດ ວຽງ", marker + " Vte", "ຊອບແວ"));
		CaseFile vte2 = submittedCase(vteApplicant, "ICT-ISP2", "VTE", form("ບໍລິສັດ ຈັນ", marker + " Vte", "ຊອບແວ"));
		CaseFile lpb = submittedCase(lpbApplicant, "ICT-SOFT", "LPB", form("ບໍລິສັດ ຫຼວງ", marker + " Lpb", "ຊອບແວ"));

		CaseSearchResult seenByLpb = this.search.search(officerLpb, CaseQuery.text(marker));
		assertThat(numbers(seenByLpb)).containsExactly(lpb.getCaseNumber());
		assertThat(seenByLpb.total()).isEqualTo(1);
		assertThat(seenByLpb.facet(CaseSearchResult.PROVINCE)).containsExactly(new FacetCount("LPB", 1));
		assertThat(seenByLpb.facet(CaseSearchResult.TYPE)).containsExactly(new FacetCount("ICT-SOFT", 1));
		// asking for VTE explicitly changes nothing
		assertThat(this.search.search(officerLpb, new CaseQuery(marker, null, null, Set.of("VTE"), null, null, 0, 10))
			.total()).isZero();
		assertThat(numbers(this.search.search(officerLpb, CaseQuery.text(vte1.getCaseNumber())))).isEmpty();
		// nor does browsing without text
		CaseSearchResult browse = this.search.search(officerLpb, CaseQuery.text(""));
		assertThat(browse.hits()).allSatisfy((h) -> assertThat(h.authorityCode()).isEqualTo("LPB"));
		assertThat(browse.facet(CaseSearchResult.PROVINCE)).extracting(FacetCount::value).containsOnly("LPB");
		assertThat(provincialMinistryOfficer.seesEveryAuthority()).isFalse();
		assertThat(numbers(this.search.search(provincialMinistryOfficer, CaseQuery.text(marker))))
			.containsExactly(lpb.getCaseNumber());

		assertThat(numbers(this.search.search(officerVte, CaseQuery.text(marker))))
			.containsExactlyInAnyOrder(vte1.getCaseNumber(), vte2.getCaseNumber());
		assertThat(this.search.search(admin, CaseQuery.text(marker)).total()).isEqualTo(3);
		assertThat(this.search.search(applicant("VTE"), CaseQuery.text(marker)).total()).isZero();
		assertThat(numbers(this.search.search(vteApplicant, CaseQuery.text(marker))))
			.containsExactlyInAnyOrder(vte1.getCaseNumber(), vte2.getCaseNumber());
	}

	@Test
	void listsEverythingNewestFirstWithoutTextAndExplainsBadQueries() {
		Actor applicant = applicant("XKH");
		Actor officer = staff(Role.SECTION_OFFICER, "XKH");
		this.clock.set(Instant.parse("2025-02-01T03:00:00Z"));
		CaseFile older = submittedCase(applicant, "ICT-SOFT", "XKH", form("ບໍລິສັດ ເກົ່າ", "Old Co.", "ຊອບແວ"));
		this.clock.set(Instant.parse("2026-02-01T03:00:00Z"));
		CaseFile newer = submittedCase(applicant, "ICT-SOFT", "XKH", form("ບໍລິສັດ ໃໝ່", "New Co.", "ຊອບແວ"));
		this.clock.reset();

		assertThat(numbers(this.search.search(officer, CaseQuery.text(null)))).containsExactly(newer.getCaseNumber(),
				older.getCaseNumber());
		assertThat(
				numbers(this.search.search(officer, new CaseQuery("", null, null, null, null, CaseSort.OLDEST, 0, 10))))
			.containsExactly(older.getCaseNumber(), newer.getCaseNumber());
		assertThat(this.search.search(officer, CaseQuery.text(null)).facet(CaseSearchResult.YEAR))
			.containsExactlyInAnyOrder(new FacetCount("2025", 1), new FacetCount("2026", 1));

		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.search.search(officer, CaseQuery.text("   \u200B ")))
			.satisfies((ex) -> {
				assertThat(ex.code()).isEqualTo("search.blank");
				assertThat(ex.text().lo()).isNotBlank();
				assertThat(ex.text().en()).contains("empty");
			});
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.search.search(officer, CaseQuery.text("*** ??? !!!")))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("search.nothingToSearch"));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.search.search(officer, CaseQuery.text("ກ".repeat(201))))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("search.tooLong"));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.search.search(officer, new CaseQuery("x", null, null, null, null, null, 0, 1000)))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("search.paging"));
		// broken syntax is searched as well as it can be, never an error
		assertThatNoException().isThrownBy(() -> this.search.search(officer, CaseQuery.text("\"ຊອບແວ (ເກົ່າ | -")));
		assertThat(numbers(this.search.search(officer, CaseQuery.text("ເກົ່າ -ໃໝ່"))))
			.containsExactly(older.getCaseNumber());
	}

	@Test
	void theEquipmentRegisterFindsAnApprovedModelByModelAndManufacturerInLaoAndEnglish() {
		String marker = marker();
		Actor holder = applicant("VTE");
		Map<String, Object> form = new LinkedHashMap<>();
		form.put("companyNameEn", marker + " Holder");
		form.put("model", "Nakhon " + marker);
		form.put("manufacturerLo", "ບໍລິສັດ ຈຳປາ ອີເລັກໂທຣນິກ");
		form.put("manufacturerEn", "Champa Electronics");
		form.put("equipmentClass", "short-range");
		form.put("bands", "2400-2483.5 MHz, 20 dBm");
		form.put("declaredStandards", "ETSI EN 300 328");
		CaseFile caseFile = submittedCase(holder, "TA", "VTE", json(form));
		this.equipment.checkBands(caseFile.getId(),
				(lower, upper, equipmentClass) -> new PowerLimits.Limit(20, "test"));
		this.equipment.conclude(staff(Role.SECTION_OFFICER, "MTC"), caseFile.getId(), AssessmentOutcome.COMPLIANT,
				null);
		LocalDate today = LocalDate.now(this.clock);
		RegisteredEquipment approved = this.transactions.execute((status) -> {
			Licence licence = new Licence(marker + "-TA", "TA", holder.companyId(), "ບໍລິສັດ " + marker,
					marker + " Holder", "MTC", caseFile.getId(), caseFile.getCaseNumber(), today, today.plusYears(5),
					"leader.mtc");
			EntityManagerFactoryUtils.getTransactionalEntityManager(this.entityManagerFactory).persist(licence);
			return this.equipment.approve(this.cases.caseById(caseFile.getId()), licence).orElseThrow();
		});
		String number = approved.getApprovalNumber();

		assertThat(approvalNumbers("Nakhon " + marker)).as("by model").containsExactly(number);
		assertThat(approvalNumbers("Champa Electronics " + marker)).as("by manufacturer in English")
			.containsExactly(number);
		assertThat(approvalNumbers("ຈຳປາ " + marker)).as("by manufacturer in Lao").containsExactly(number);
		assertThat(approvalNumbers("ອີເລັກໂທຣນິກ " + marker)).containsExactly(number);
		assertThat(approvalNumbers(number)).as("by approval number").containsExactly(number);
		assertThat(approvalNumbers("2483.5 " + marker)).as("by band edge").containsExactly(number);
		assertThat(approvalNumbers("Ericsson " + marker)).isEmpty();
		EquipmentRegister.Entry entry = this.equipmentRegister.search(number, 0, 10).entries().get(0);
		assertThat(entry.manufacturerLo()).as("read back as written").isEqualTo("ບໍລິສັດ ຈຳປາ ອີເລັກໂທຣນິກ");
		assertThat(entry.bands()).isEqualTo("2400–2483.5 MHz");
		assertThat(entry.holderNameEn()).isEqualTo(marker + " Holder");
	}

	private List<String> approvalNumbers(String text) {
		return this.equipmentRegister.search(text, 0, 10)
			.entries()
			.stream()
			.map(EquipmentRegister.Entry::approvalNumber)
			.toList();
	}

	@Test
	void theRegisterShowsOnlyPublicFieldsAndFiltersByTodaysStatus() {
		String marker = marker();
		Actor applicant = applicant("CPS");
		LocalDate today = LocalDate.now(this.clock);
		persistLicence(marker + "-1", "ICT-SOFT", applicant, "ບໍລິສັດ ຈຳປາຊອບແວ ຈຳກັດ", marker + " Champa Software",
				today.minusYears(1), today.plusYears(2), false);
		persistLicence(marker + "-2", "ICT-ISP2", applicant, "ບໍລິສັດ ປາກເຊເນັດ ຈຳກັດ", marker + " Pakse Net",
				today.minusYears(3), today.minusDays(1), false);
		persistLicence(marker + "-3", "ICT-SOFT", applicant, "ບໍລິສັດ ຈຳປາມີເດຍ ຈຳກັດ", marker + " Champa Media",
				today.minusYears(1), today.plusYears(1), true);

		RegisterPage all = this.register.search(new RegisterQuery(marker, null, null, null, 0, 10));
		assertThat(all.total()).isEqualTo(3);
		RegisterEntry expired = this.register
			.search(new RegisterQuery(marker, null, null, VerificationStatus.EXPIRED, 0, 10))
			.entries()
			.get(0);
		assertThat(expired.licenceNumber()).isEqualTo(marker + "-2");
		assertThat(expired.status()).isEqualTo(VerificationStatus.EXPIRED);
		assertThat(expired.holderNameLo()).isEqualTo("ບໍລິສັດ ປາກເຊເນັດ ຈຳກັດ");
		assertThat(expired.holderNameEn()).isEqualTo(marker + " Pakse Net");
		assertThat(expired.licenceTypeCode()).isEqualTo("ICT-ISP2");
		assertThat(expired.authorityCode()).isEqualTo("CPS");
		assertThat(expired.issuedOn()).isEqualTo(today.minusYears(3));
		assertThat(expired.validUntil()).isEqualTo(today.minusDays(1));
		assertThat(
				this.register.search(new RegisterQuery(marker, null, null, VerificationStatus.VALID, 0, 10)).entries())
			.extracting(RegisterEntry::licenceNumber)
			.containsExactly(marker + "-1");
		assertThat(this.register.search(new RegisterQuery(marker, null, null, VerificationStatus.SUSPENDED, 0, 10))
			.entries()).extracting(RegisterEntry::licenceNumber).containsExactly(marker + "-3");
		RegisterEntry suspended = this.register
			.search(new RegisterQuery(marker, null, null, VerificationStatus.SUSPENDED, 0, 10))
			.entries()
			.get(0);
		assertThat(suspended.suspendedUntil()).isEqualTo(today.plusYears(1));
		assertThat(suspended.reasonCategory()).isEqualTo(StatusReason.BREACH_OF_CONDITIONS);
		assertThat(expired.suspendedUntil()).isNull();
		assertThat(expired.reasonCategory()).isNull();
		assertThat(this.register.search(new RegisterQuery(marker, "ICT-SOFT", "CPS", null, 0, 10)).total())
			.isEqualTo(2);
		assertThat(this.register.search(new RegisterQuery(marker, null, "VTE", null, 0, 10)).total()).isZero();
		assertThat(this.register.search(new RegisterQuery("ຈຳປາຊອບແວ", null, null, null, 0, 10)).entries())
			.extracting(RegisterEntry::licenceNumber)
			.contains(marker + "-1");
		assertThat(this.register.search(new RegisterQuery(marker + "-2", null, null, null, 0, 10)).entries())
			.extracting(RegisterEntry::licenceNumber)
			.first()
			.isEqualTo(marker + "-2");

		// tomorrow the first licence is still valid; in three years it has expired, and
		// so
		// has the suspended one: its validity ended during the suspension
		this.clock.set(this.clock.instant().plusSeconds(3L * 366 * 24 * 3600));
		assertThat(this.register.search(new RegisterQuery(marker, null, null, VerificationStatus.EXPIRED, 0, 10))
			.entries()).extracting(RegisterEntry::licenceNumber)
			.containsExactlyInAnyOrder(marker + "-1", marker + "-2", marker + "-3");

		assertThat(Arrays.stream(RegisterEntry.class.getRecordComponents()).map(RecordComponent::getName))
			.containsExactly("holderNameLo", "holderNameEn", "licenceTypeCode", "licenceNumber", "status", "issuedOn",
					"validUntil", "authorityCode", "suspendedUntil", "reasonCategory");
	}

	@Test
	void aRebuildReportsProgressAndRestoresTheIndex() {
		String marker = marker();
		Actor ministry = staff(Role.MINISTRY_OFFICER, "MTC");
		CaseFile caseFile = submittedCase(applicant("SVK"), "ICT-SOFT", "SVK",
				form("ບໍລິສັດ ສະຫວັນ", marker + " Savan", "ຊອບແວ"));
		assertThat(numbers(this.search.search(ministry, CaseQuery.text(marker))))
			.containsExactly(caseFile.getCaseNumber());

		SearchWorkspace workspace = Search.mapping(this.entityManagerFactory).scope(Object.class).workspace();
		workspace.purge();
		workspace.refresh();
		assertThat(this.search.search(ministry, CaseQuery.text(marker)).total()).isZero();

		List<IndexProgress> progress = new CopyOnWriteArrayList<>();
		this.indexAdmin.rebuild(progress::add);

		assertThat(numbers(this.search.search(ministry, CaseQuery.text(marker))))
			.containsExactly(caseFile.getCaseNumber());
		assertThat(progress).isNotEmpty();
		IndexProgress last = progress.get(progress.size() - 1);
		assertThat(last.finished()).isTrue();
		assertThat(last.fraction()).isEqualTo(1.0);
		assertThat(last.total()).isPositive();
		assertThat(last.done()).isEqualTo(last.total());
		assertThat(progress.subList(0, progress.size() - 1)).allSatisfy((p) -> {
			assertThat(p.finished()).isFalse();
			assertThat(p.fraction()).isBetween(0.0, 1.0);
		});
	}

	/**
	 * A rebuild on an index that is already complete (the usual case: an administrator
	 * rebuilds a serving application's index) changes nothing: each case and licence
	 * stays exactly once, with the same hits, totals, facets and register rows, however
	 * often it runs, and every search made while it runs answers the same. An index that
	 * an earlier rebuild left with a second copy of its documents (Hibernate Search's
	 * mass indexer appends without purging first) comes out of the next rebuild repaired.
	 */
	@Test
	void rebuildingTwiceLeavesEveryCaseAndLicenceOnceWhileSearchKeepsAnswering() throws Exception {
		String marker = marker();
		Actor vte = applicant("VTE");
		Actor lpb = applicant("LPB");
		Actor admin = staff(Role.ADMINISTRATOR, "MTC");
		Actor officer = staff(Role.SECTION_OFFICER, "VTE");
		CaseFile one = submittedCase(vte, "ICT-SOFT", "VTE", form("ບໍລິສັດ ດອກຈຳປາ", marker + " One", "ຊອບແວ"));
		submittedCase(vte, "ICT-SOFT", "VTE", form("ບໍລິສັດ ດອກບົວ", marker + " Two", "ຊອບແວ"));
		submittedCase(lpb, "ICT-ISP2", "LPB", form("ບໍລິສັດ ດອກແກ້ວ", marker + " Three", "ອິນເຕີເນັດ"));
		// a note is indexed with its case (indexed-embedded), never on its own
		this.cases.addNote(officer, one.getCaseNumber(), "ກວດແລ້ວ " + marker);
		LocalDate today = LocalDate.now(this.clock);
		persistLicence(marker + "-1", "ICT-SOFT", vte, "ບໍລິສັດ ດອກຈຳປາ", marker + " One", today.minusYears(1),
				today.plusYears(2), false);
		persistLicence(marker + "-2", "ICT-ISP2", lpb, "ບໍລິສັດ ດອກແກ້ວ", marker + " Three", today.minusYears(1),
				today.plusYears(1), true);

		IndexSnapshot before = snapshot(admin, marker);
		assertThat(before.markedCases()).hasSize(3);
		assertThat(before.markedTotal()).isEqualTo(3);
		assertThat(before.markedFacets().get(CaseSearchResult.PROVINCE)).containsExactly(new FacetCount("VTE", 2),
				new FacetCount("LPB", 1));
		assertThat(before.markedLicences()).extracting(RegisterEntry::licenceNumber)
			.containsExactly(marker + "-1", marker + "-2");
		assertThat(numbers(this.search.search(admin, CaseQuery.text("ກວດແລ້ວ " + marker))))
			.containsExactly(one.getCaseNumber());

		for (int rebuild = 1; rebuild <= 2; rebuild++) {
			List<IndexSnapshot> whileRunning = new CopyOnWriteArrayList<>();
			List<IndexProgress> progress = new CopyOnWriteArrayList<>();
			Consumer<IndexProgress> listener = (p) -> {
				progress.add(p);
				if (!p.finished()) {
					whileRunning.add(snapshot(admin, marker));
				}
			};
			if (rebuild == 1) {
				this.indexAdmin.rebuild(listener);
			}
			else {
				// as the admin page starts it
				this.indexAdmin.rebuildAsync(listener).get(5, TimeUnit.MINUTES);
			}
			assertThat(snapshot(admin, marker)).as("after rebuild " + rebuild).isEqualTo(before);
			assertThat(whileRunning).as("searches while rebuild " + rebuild + " runs")
				.isNotEmpty()
				.allSatisfy((seen) -> assertThat(seen).isEqualTo(before));
			IndexProgress last = progress.get(progress.size() - 1);
			assertThat(last.finished()).isTrue();
			assertThat(last.done()).isEqualTo(last.total()).isPositive();
		}

		// what the mass indexer does without a purge: on Lucene, a second copy of every
		// document
		Search.mapping(this.entityManagerFactory)
			.scope(Object.class)
			.massIndexer()
			.purgeAllOnStart(false)
			.dropAndCreateSchemaOnStart(false)
			.startAndWait();
		this.indexAdmin.rebuild(null);
		assertThat(snapshot(admin, marker)).as("after a rebuild of a duplicated index").isEqualTo(before);
	}

	/**
	 * What a search shows of the whole index and of one test's data.
	 */
	protected record IndexSnapshot(long cases, Map<String, List<FacetCount>> caseFacets, List<String> markedCases,
			long markedTotal, Map<String, List<FacetCount>> markedFacets, long licences,
			List<RegisterEntry> markedLicences) {

	}

	protected IndexSnapshot snapshot(Actor admin, String marker) {
		CaseSearchResult all = this.search.search(admin, CaseQuery.text(null));
		CaseSearchResult marked = this.search.search(admin,
				new CaseQuery(marker, null, null, null, null, CaseSort.CASE_NUMBER, 0, CaseQuery.MAX_SIZE));
		RegisterPage register = this.register.search(new RegisterQuery(null, null, null, null, 0, 1));
		RegisterPage markedLicences = this.register.search(new RegisterQuery(marker, null, null, null, 0, 10));
		assertThat(markedLicences.entries()).allSatisfy((entry) -> {
			assertThat(entry.licenceNumber()).isNotBlank();
			assertThat(entry.status()).isNotNull();
		});
		return new IndexSnapshot(all.total(), all.facets(), numbers(marked), marked.total(), marked.facets(),
				register.total(), markedLicences.entries());
	}

	@Test
	void findsLaoTextWithARecallAboveTheFloor() {
		LaoTestSet set = LaoTestSet.load();
		Actor applicant = applicant("ATP");
		Actor ministry = staff(Role.MINISTRY_OFFICER, "MTC");
		String prefix = "recall" + marker();
		for (LaoTestSet.Doc doc : set.docs()) {
			// the document's text alone, no other form field
			submittedCase(applicant, "ICT-SOFT", "ATP",
					json(Map.of("companyNameEn", prefix + " " + doc.id(), "plannedServices", doc.text())));
		}
		LaoRecallEvaluation.Result result = LaoRecallEvaluation.evaluate(set,
				(text) -> testDocumentsFound(ministry, text, prefix));
		System.out.println("Lao search on " + backendName() + ": " + result + "; misses " + result.misses());
		assertThat(result.recall()).isGreaterThanOrEqualTo(RECALL_FLOOR);
		assertThat(result.precision()).isGreaterThanOrEqualTo(PRECISION_FLOOR);
	}

	/** For the report of the recall test. */
	protected abstract String backendName();

	private Collection<String> testDocumentsFound(Actor actor, String text, String prefix) {
		List<String> ids = new ArrayList<>();
		for (int page = 0;; page++) {
			CaseSearchResult result = this.search.search(actor,
					new CaseQuery(text, null, null, null, null, CaseSort.RELEVANCE, page, CaseQuery.MAX_SIZE));
			result.hits()
				.stream()
				.map(CaseHit::applicantNameEn)
				.filter((name) -> name != null && name.startsWith(prefix + " "))
				.map((name) -> name.substring(prefix.length() + 1))
				.forEach(ids::add);
			if ((long) (page + 1) * CaseQuery.MAX_SIZE >= result.total()) {
				return ids;
			}
		}
	}

	protected CaseFile submittedCase(Actor applicant, String type, String province, String formJson) {
		CaseFile draft = this.cases.createDraft(applicant, type, province, formJson);
		// the checklist of the case type decides what must be there before submission
		this.documents.missingDocuments(draft.getId())
			.forEach((required) -> this.documents.store(applicant, draft.getId(), required.type(),
					required.type() + ".png", blankImage()));
		this.cases.submit(applicant, draft.getCaseNumber());
		return draft;
	}

	/**
	 * A small real PNG without any text, so that the required documents add nothing to
	 * what the searches find.
	 */
	private static byte[] blankImage() {
		try (java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
			javax.imageio.ImageIO
				.write(new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", out);
			return out.toByteArray();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	protected void persistLicence(String number, String type, Actor holder, String nameLo, String nameEn,
			LocalDate issuedOn, LocalDate validUntil, boolean suspended) {
		this.transactions.executeWithoutResult((status) -> {
			Licence licence = new Licence(number, type, holder.companyId(), nameLo, nameEn, "CPS", null, null, issuedOn,
					validUntil, "leader.cps");
			if (suspended) {
				licence.suspend(StatusReason.BREACH_OF_CONDITIONS, "ກວດພົບການລະເມີດ", validUntil, issuedOn);
			}
			EntityManagerFactoryUtils.getTransactionalEntityManager(this.entityManagerFactory).persist(licence);
		});
	}

	protected Actor applicant(String provinceCode) {
		String name = "app" + marker();
		return this.parties
			.createConfirmedApplicant(
					new SignUp(name, "{noop}demo", name + "@example.la", "ບໍລິສັດ " + name, name + " Co.",
							"ERO-" + name, "TAX-" + name, provinceCode, "ບ້ານໂພນໄຊ", "Contact", "+856 20 5555 5555"))
			.toActor();
	}

	protected Actor staff(Role role, String authorityCode) {
		String name = role.name().toLowerCase(Locale.ROOT) + marker();
		return this.authorities
			.createStaff(name, "{noop}demo", role, authorityCode, "ພະນັກງານ " + name, "Staff " + name,
					name + "@dtc.gov.la")
			.toActor();
	}

	/**
	 * A word no other test uses: letters only, so the standard tokenizer keeps it whole.
	 */
	protected static String marker() {
		StringBuilder marker = new StringBuilder("zq");
		for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 10).toCharArray()) {
			marker.append((char) ('a' + Character.digit(c, 16)));
		}
		return marker.toString();
	}

	protected static String form(String nameLo, String nameEn, String plannedServices) {
		Map<String, Object> form = new LinkedHashMap<>();
		if (nameLo != null) {
			form.put("companyNameLo", nameLo);
		}
		form.put("companyNameEn", nameEn);
		form.put("plannedServices", plannedServices);
		form.put("district", "ເມືອງໄຊເສດຖາ");
		form.put("employees", 12);
		return json(form);
	}

	protected static String json(Map<String, Object> form) {
		try {
			return JSON.writeValueAsString(form);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	protected static List<String> numbers(CaseSearchResult result) {
		return result.hits().stream().map(CaseHit::caseNumber).collect(Collectors.toList());
	}

	protected static CaseHit hitFor(CaseSearchResult result, String caseNumber) {
		return result.hits()
			.stream()
			.filter((h) -> h.caseNumber().equals(caseNumber))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No hit for " + caseNumber));
	}

}
