package la.anuyat.authority;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import la.anuyat.identity.Role;
import la.anuyat.identity.Actor;

import static org.assertj.core.api.Assertions.assertThat;

class ActorTest {

	@Test
	void givesProvincialStaffJurisdictionOverTheirOwnProvinceOnly() {
		Actor officer = new Actor("officer.vte", Role.SECTION_OFFICER, "VTE", null);

		assertThat(officer.hasJurisdictionOver("VTE")).isTrue();
		assertThat(officer.hasJurisdictionOver("LPB")).isFalse();
		assertThat(officer.hasJurisdictionOver("MTC")).isFalse();
	}

	@Test
	void letsMinistryOfficersAndAdministratorsSeeEveryAuthority() {
		assertThat(new Actor("officer.mtc", Role.MINISTRY_OFFICER, "MTC", null).hasJurisdictionOver("LPB")).isTrue();
		assertThat(new Actor("admin", Role.ADMINISTRATOR, null, null).hasJurisdictionOver("LPB")).isTrue();
		assertThat(Actor.system().hasJurisdictionOver("XSB")).isTrue();
		assertThat(new Actor("leader.mtc", Role.LEADERSHIP, "MTC", null).hasJurisdictionOver("LPB")).isFalse();
	}

	@Test
	void givesApplicantsNoJurisdiction() {
		Actor applicant = new Actor("applicant", Role.APPLICANT, null, 7L);

		assertThat(applicant.isApplicant()).isTrue();
		assertThat(applicant.isStaff()).isFalse();
		assertThat(applicant.hasJurisdictionOver("VTE")).isFalse();
	}

	@Test
	void appliesADelegationFromItsFirstToItsLastDay() {
		Delegation delegation = new Delegation("VTE", "leader.vte", "deputy.vte", LocalDate.of(2026, 3, 1),
				LocalDate.of(2026, 3, 31), "DTC-VTE 12/2026");

		assertThat(delegation.activeOn(LocalDate.of(2026, 2, 28))).isFalse();
		assertThat(delegation.activeOn(LocalDate.of(2026, 3, 1))).isTrue();
		assertThat(delegation.activeOn(LocalDate.of(2026, 3, 31))).isTrue();
		assertThat(delegation.activeOn(LocalDate.of(2026, 4, 1))).isFalse();
	}

}
