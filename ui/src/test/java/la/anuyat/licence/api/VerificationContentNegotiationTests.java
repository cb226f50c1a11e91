package la.anuyat.licence.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which callers of the verification page get JSON: programs that ask for it, not
 * browsers.
 */
class VerificationContentNegotiationTests {

	@Test
	void answersJsonToClientsThatRankItFirst() {
		assertThat(VerificationController.wantsJson("application/json")).isTrue();
		assertThat(VerificationController.wantsJson("application/problem+json, */*;q=0.1")).isTrue();
		assertThat(VerificationController.wantsJson("text/html;q=0.5, application/json")).isTrue();
	}

	@Test
	void answersHtmlToBrowsersAndToClientsThatTakeAnything() {
		assertThat(VerificationController
			.wantsJson("text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8")).isFalse();
		assertThat(VerificationController.wantsJson("*/*")).isFalse();
		assertThat(VerificationController.wantsJson(null)).isFalse();
		assertThat(VerificationController.wantsJson("not a media type")).isFalse();
	}

}
