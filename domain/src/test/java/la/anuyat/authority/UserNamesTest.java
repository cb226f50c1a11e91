package la.anuyat.authority;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UserNamesTest {

	@Test
	void normalisesCaseAndCompatibilityForms() {
		assertThat(UserNames.normalise("Admin")).isEqualTo("admin");
		assertThat(UserNames.normalise(" APPLICANT ")).isEqualTo("applicant");
		assertThat(UserNames.normalise("ａｄｍｉｎ")).as("full-width").isEqualTo("admin");
		assertThat(UserNames.normalise("officer.vte")).isEqualTo("officer.vte");
	}

	@Test
	void givesLookAlikesOneKey() {
		String applicant = UserNames.lookAlikeKey("applicant");
		assertThat(UserNames.lookAlikeKey("\u0430pplicant")).as("Cyrillic a").isEqualTo(applicant);
		assertThat(UserNames.lookAlikeKey("app1icant")).as("1 for l").isEqualTo(applicant);
		assertThat(UserNames.lookAlikeKey("appIicant")).as("I for l, lower-cased to i").isNotNull();
		assertThat(UserNames.lookAlikeKey("0fficer.vte")).as("0 for o")
			.isEqualTo(UserNames.lookAlikeKey("officer.vte"));
		assertThat(UserNames.lookAlikeKey("OFFICER.VTE")).isEqualTo(UserNames.lookAlikeKey("officer.vte"));
		assertThat(UserNames.lookAlikeKey("applicant2")).isNotEqualTo(applicant);
		assertThat(UserNames.lookAlikeKey("officer.lpb")).isNotEqualTo(UserNames.lookAlikeKey("officer.vte"));
	}

}
