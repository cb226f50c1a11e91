package la.anuyat.api;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The language the REST API answers in: Lao when the request's {@code Accept-Language}
 * prefers Lao, English otherwise (also when the header is missing, since API clients are
 * mostly programs whose developers read English). Vaadin views keep their own language
 * switch and do not use this.
 */
@Configuration(proxyBeanMethods = false)
public class ApiLanguage {

	public static final Locale LAO = Locale.forLanguageTag("lo");

	private static final AcceptHeaderLocaleResolver RESOLVER = new AcceptHeaderLocaleResolver();

	static {
		RESOLVER.setSupportedLocales(List.of(Locale.ENGLISH, LAO));
		RESOLVER.setDefaultLocale(Locale.ENGLISH);
	}

	/**
	 * The language of a request, also for answers written outside Spring MVC (security
	 * filters).
	 */
	public static Locale of(HttpServletRequest request) {
		return RESOLVER.resolveLocale(request);
	}

	/**
	 * Replaces Spring Boot's resolver so that {@code Locale} arguments of controllers and
	 * {@code LocaleContextHolder} are always Lao or English.
	 */
	@Bean
	LocaleResolver localeResolver() {
		return RESOLVER;
	}

}
