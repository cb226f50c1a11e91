package la.anuyat.casefile;

import java.time.LocalDateTime;

import la.anuyat.identity.Actor;
import la.anuyat.identity.Role;

/**
 * Cases and people by name, for the rule tests.
 */
final class Fixtures {

	static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 10, 9, 30);

	private Fixtures() {
	}

	static Actor officer() {
		return new Actor("officer.vte", Role.SECTION_OFFICER, "VTE", null);
	}

	static Actor leader() {
		return new Actor("leader.vte", Role.LEADERSHIP, "VTE", null);
	}

	static Actor deputy() {
		return new Actor("deputy.vte", Role.LEADERSHIP, "VTE", null);
	}

	static CaseFile draftCase() {
		return CaseFile.draft("ICT-VTE-2026-000001", "ICT-SOFT", "VTE", "VTE", 7L, "applicant", "{}", NOW);
	}

	static CaseFile submittedCase() {
		CaseFile caseFile = draftCase();
		caseFile.submit(NOW);
		return caseFile;
	}

	static CaseFile caseInStudy() {
		CaseFile caseFile = submittedCase();
		caseFile.markComplete();
		return caseFile;
	}

	static CaseFile caseStudiedBy(Actor studier) {
		CaseFile caseFile = caseInStudy();
		caseFile.recordStudy(studier, StudyOutcome.RECOMMEND_APPROVE, "All documents in order.", NOW);
		return caseFile;
	}

}
