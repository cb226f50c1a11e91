package la.anuyat.access.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The map's tile server is an allowed image source only when one is configured. */
class MapTilesPolicyTest {

	private static final String POLICY = "default-src 'self'; img-src 'self' data: blob:; connect-src 'self'";

	@Test
	void noTileServerLeavesThePolicyAsItIs() {
		assertThat(VaadinSecurityConfiguration.withTileHost(POLICY, "")).isEqualTo(POLICY);
		assertThat(VaadinSecurityConfiguration.withTileHost(POLICY, null)).isEqualTo(POLICY);
	}

	@Test
	void aConfiguredTileServerIsAllowedForImagesOnly() {
		assertThat(VaadinSecurityConfiguration.withTileHost(POLICY, "https://{s}.tile.example.org/{z}/{x}/{y}.png"))
			.isEqualTo("default-src 'self'; img-src https://*.tile.example.org 'self' data: blob:; connect-src 'self'");
		assertThat(VaadinSecurityConfiguration.withTileHost(POLICY, "https://tiles.example.la:8443/{z}/{x}/{y}.png"))
			.contains("img-src https://tiles.example.la:8443 'self'");
	}

	@Test
	void refusesATileUrlThatIsNotHttp() {
		assertThatIllegalStateException()
			.isThrownBy(() -> VaadinSecurityConfiguration.withTileHost(POLICY, "javascript:alert(1)"));
		assertThatIllegalStateException()
			.isThrownBy(() -> VaadinSecurityConfiguration.withTileHost(POLICY, "https://a.example.org;script-src*/x"));
	}

}
