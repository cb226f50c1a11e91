package la.anuyat.api;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import la.anuyat.shared.FieldError;
import la.anuyat.shared.LocalizedText;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * RFC 9457 problem details as the REST API answers them: {@code detail} in the caller's
 * language, a stable {@code code} for programs, and for invalid input the field errors in
 * both languages.
 */
public final class ApiProblems {

	private ApiProblems() {
	}

	public static ProblemDetail problem(HttpStatusCode status, String code, LocalizedText text, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, text.in(locale));
		problem.setType(URI.create("urn:anuyat:problem:" + code));
		problem.setProperty("code", code);
		return problem;
	}

	public static ProblemDetail invalidInput(HttpStatusCode status, String code, LocalizedText text,
			List<FieldError> fieldErrors, Locale locale) {
		ProblemDetail problem = problem(status, code, text, locale);
		problem.setProperty("errors",
				fieldErrors.stream()
					.map((error) -> new FieldProblem(error.field(), error.message().in(locale), error.message().lo(),
							error.message().en()))
					.toList());
		return problem;
	}

	/**
	 * One field's error: {@code message} in the caller's language, and both languages for
	 * clients that show them side by side.
	 */
	public record FieldProblem(String field, String message, String messageLo, String messageEn) {
	}

}
