package la.anuyat.party;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

	private final PasswordPolicy policy = new PasswordPolicy(8);

	@Test
	void refusesShortCommonAndBlankPasswords() {
		assertThat(this.policy.problem("short", "newbiz")).get()
			.satisfies((text) -> assertThat(text.en()).contains("at least 8"));
		assertThat(this.policy.problem("password", "newbiz")).get()
			.satisfies((text) -> assertThat(text.en()).contains("too common"));
		assertThat(this.policy.problem("PASSWORD", "newbiz")).as("whatever the case").isPresent();
		assertThat(this.policy.problem("12345678", "newbiz")).isPresent();
		assertThat(this.policy.problem("iloveyou", "newbiz")).isPresent();
		assertThat(this.policy.problem("        ", "newbiz")).as("eight spaces").isPresent();
		assertThat(this.policy.problem("aaaaaaaaaa", "newbiz")).isPresent();
		assertThat(this.policy.problem("x".repeat(73), "newbiz")).isPresent();
		assertThat(this.policy.problem("ລະຫັດ", "newbiz")).as("5 Lao characters").isPresent();
	}

	@Test
	void refusesTheUserNameInItsDisguises() {
		assertThat(this.policy.problem("laodigital", "laodigital")).get()
			.satisfies((text) -> assertThat(text.en()).contains("user name"));
		assertThat(this.policy.problem("LaoDigital2024", "laodigital")).isPresent();
		assertThat(this.policy.problem("latigidoal", "laodigital")).as("reversed").isPresent();
		assertThat(this.policy.problem("officer.vte!!", "officer.vte")).isPresent();
		assertThat(this.policy.problem("officervte99", "officer.vte")).as("without the dot").isPresent();
		assertThat(this.policy.problem("0fficer.vte", "officer.vte")).as("look-alike").isPresent();
	}

	@Test
	void acceptsALongUncommonPassphraseWithSpacesOrLao() {
		assertThat(this.policy.problem("correct horse battery", "newbiz")).isEmpty();
		assertThat(this.policy.problem("ຂ້ອຍມັກເຂົ້າໜຽວ", "newbiz")).isEmpty();
		assertThat(this.policy.problem("correct horse", "newbiz")).isEmpty();
	}

}
