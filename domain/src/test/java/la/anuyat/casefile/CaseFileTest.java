package la.anuyat.casefile;

import la.anuyat.identity.Actor;
import la.anuyat.identity.Role;
import la.anuyat.shared.ConflictException;
import la.anuyat.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CaseFileTest {

	@Test
	void refusesToSubmitACaseTwice() {
		CaseFile caseFile = Fixtures.submittedCase();

		assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> caseFile.submit(Fixtures.NOW))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("case.notDraft"));
	}

	@Test
	void refusesADecisionBeforeTheStudy() {
		CaseFile caseFile = Fixtures.caseInStudy();

		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> caseFile.recordDecision(Fixtures.leader(), Decision.APPROVE, "ok", Fixtures.NOW));
		assertThat(caseFile.getStatus()).isEqualTo(CaseStatus.IN_STUDY);
	}

	@Test
	void refusesAStudyBeforeTheCompletenessCheck() {
		CaseFile caseFile = Fixtures.submittedCase();

		assertThatExceptionOfType(ConflictException.class).isThrownBy(
				() -> caseFile.recordStudy(Fixtures.officer(), StudyOutcome.RECOMMEND_APPROVE, "fine", Fixtures.NOW));
	}

	@Test
	void sendsTheCaseBackAndForthUntilTheInformationIsComplete() {
		CaseFile caseFile = Fixtures.submittedCase();

		caseFile.requestInformation("Please add the tax registration");
		assertThat(caseFile.getStatus()).isEqualTo(CaseStatus.INFO_REQUESTED);
		caseFile.answerInformationRequest("Added");
		assertThat(caseFile.getStatus()).isEqualTo(CaseStatus.SUBMITTED);
		caseFile.requestInformation("And the director's ID");
		caseFile.answerInformationRequest("Added too");
		caseFile.markComplete();

		assertThat(caseFile.getStatus()).isEqualTo(CaseStatus.IN_STUDY);
		assertThat(caseFile.getInformationRequest()).isEqualTo("And the director's ID");
		assertThat(caseFile.getInformationAnswer()).isEqualTo("Added too");
	}

	@Test
	void refusesAnAnswerWhenNothingWasAsked() {
		CaseFile caseFile = Fixtures.submittedCase();

		assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> caseFile.answerInformationRequest("x"));
	}

	@Test
	void requiresAWrittenRecommendation() {
		CaseFile caseFile = Fixtures.caseInStudy();

		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(
				() -> caseFile.recordStudy(Fixtures.officer(), StudyOutcome.RECOMMEND_REJECT, "  ", Fixtures.NOW));
	}

	@Test
	void keepsEachReferenceOnce() {
		CaseFile caseFile = Fixtures.draftCase();
		caseFile.addReference("LIC-VTE-2025-000009");
		caseFile.addReference("INV-VTE-2026-000001");
		caseFile.addReference("LIC-VTE-2025-000009");

		assertThat(caseFile.getReferences()).containsExactly("LIC-VTE-2025-000009", "INV-VTE-2026-000001");
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> caseFile.addReference(" "));
	}

	@Test
	void keepsTheAuthorityOfAClosedCase() {
		CaseFile caseFile = Fixtures.caseStudiedBy(Fixtures.officer());
		caseFile.assignAuthority("MTC");
		caseFile.recordDecision(new Actor("leader.mtc", Role.LEADERSHIP, "MTC", null), Decision.REJECT, "No",
				Fixtures.NOW);

		assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> caseFile.assignAuthority("VTE"));
		assertThat(caseFile.getAuthorityCode()).isEqualTo("MTC");
	}

	@Test
	void acceptsFormChangesOnlyWhileTheApplicantHoldsTheCase() {
		CaseFile caseFile = Fixtures.draftCase();
		caseFile.changeFormData("{\"a\":1}");
		caseFile.submit(Fixtures.NOW);

		assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> caseFile.changeFormData("{}"));
		assertThat(caseFile.getFormData()).isEqualTo("{\"a\":1}");
	}

	@Test
	void namesItsPartiesByRole() {
		CaseFile application = Fixtures.draftCase();
		CaseFile renewal = CaseFile.draft("ICT-VTE-2026-000002", "ICT-SOFT", "VTE", "VTE", 7L, "applicant", "{}",
				Fixtures.NOW);
		renewal.addParty(CaseParty.company(PartyRole.HOLDER, 7L, null));
		CaseFile measure = CaseFile.opened("SUS-VTE-2026-000001", "LIC-SUSPEND", "VTE", 7L, "applicant", "{}",
				Fixtures.NOW);

		assertThat(application.getParties()).singleElement().satisfies((party) -> {
			assertThat(party.getRole()).isEqualTo(PartyRole.APPLICANT);
			assertThat(party.getCompanyId()).isEqualTo(7L);
			assertThat(party.getUsername()).isEqualTo("applicant");
		});
		assertThat(renewal.getParties()).extracting(CaseParty::getRole)
			.containsExactly(PartyRole.APPLICANT, PartyRole.HOLDER);
		assertThat(measure.getParties()).extracting(CaseParty::getRole).containsExactly(PartyRole.HOLDER);
	}

	@Test
	void takesAPersonWithoutAnAccountAsAPartyOnceAndOnlyWithAWayToReachThem() {
		CaseFile caseFile = Fixtures.submittedCase();
		CaseParty complainant = CaseParty.person(PartyRole.COMPLAINANT, "ນາງ ຄຳ ແສງ", null, "020 5555 1234");

		caseFile.addParty(complainant);
		caseFile.addParty(CaseParty.person(PartyRole.COMPLAINANT, "ນາງ ຄຳ ແສງ", null, "020 5555 1234"));

		assertThat(caseFile.partiesIn(PartyRole.COMPLAINANT)).singleElement()
			.satisfies((party) -> assertThat(party.getPhone()).isEqualTo("020 5555 1234"));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> CaseParty.person(PartyRole.COMPLAINANT, "Somebody", " ", null))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("party.contactMissing"));
	}

	@Test
	void refusesANewPartyOnAClosedCase() {
		CaseFile caseFile = Fixtures.caseStudiedBy(Fixtures.officer());
		caseFile.recordDecision(Fixtures.leader(), Decision.REJECT, "Out of scope", Fixtures.NOW);

		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> caseFile.addParty(CaseParty.company(PartyRole.RESPONDENT, 8L, null)));
	}

}
