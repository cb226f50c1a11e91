package la.anuyat.shared;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The configured address wins, without its trailing slashes; unconfigured, the server's
 * port; required (production) and unconfigured, the application does not start.
 */
class PublicAddressTest {

	@Test
	void usesTheConfiguredAddressWithoutTrailingSlashes() {
		PublicAddress address = new PublicAddress(" https://anuyat.mtc.gov.la// ", true, new MockEnvironment());

		assertThat(address.base()).isEqualTo("https://anuyat.mtc.gov.la");
		assertThat(address.link("/verify/LIC-VTE-2026-000001"))
			.isEqualTo("https://anuyat.mtc.gov.la/verify/LIC-VTE-2026-000001");
		assertThat(address.link("confirm-email")).isEqualTo("https://anuyat.mtc.gov.la/confirm-email");
	}

	@Test
	void usesTheConfiguredServerPortUntilTheServerHasStarted() {
		PublicAddress address = new PublicAddress("", false, new MockEnvironment().withProperty("server.port", "9191"));

		assertThat(address.base()).isEqualTo("http://localhost:9191");
	}

	@Test
	void refusesToStartWithoutAnAddressWhereOneIsRequired() {
		assertThatThrownBy(() -> new PublicAddress("  ", true, new MockEnvironment()))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("ANUYAT_PUBLIC_BASE_URL");
	}

}
