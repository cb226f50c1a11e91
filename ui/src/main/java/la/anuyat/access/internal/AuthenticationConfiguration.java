package la.anuyat.access.internal;

import la.anuyat.access.EmailNotConfirmedException;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How passwords are checked, shared by the Vaadin login and the API's HTTP Basic.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LoginThrottleSettings.class)
class AuthenticationConfiguration {

	/**
	 * Delegating encoder: bcrypt for new hashes ({@code {bcrypt}…}), still able to read
	 * hashes of other schemes should accounts ever be imported.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * The unconfirmed e-mail address is checked only after the password, so that the
	 * clear "confirm your e-mail first" message reaches the account's owner and nobody
	 * else. Failed logins are throttled per account and client address.
	 */
	@Bean
	AuthenticationProvider authenticationProvider(AccountDetailsService accounts, PasswordEncoder passwordEncoder,
			LoginThrottle throttle) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts::loadUserByUsername);
		provider.setPasswordEncoder(passwordEncoder);
		provider.setPostAuthenticationChecks((user) -> {
			if (user instanceof SignedInUser signedIn && !signedIn.isEmailConfirmed()) {
				throw new EmailNotConfirmedException();
			}
		});
		return new ThrottledAuthenticationProvider(provider, throttle);
	}

}
