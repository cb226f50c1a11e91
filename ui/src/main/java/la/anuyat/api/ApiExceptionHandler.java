package la.anuyat.api;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import la.anuyat.shared.ConflictException;
import la.anuyat.shared.DomainException;
import la.anuyat.shared.ForbiddenException;
import la.anuyat.shared.InvalidInputException;
import la.anuyat.shared.LocalizedText;
import la.anuyat.shared.NotFoundException;
import la.anuyat.shared.TooLargeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns refusals into RFC 9457 problem details in the caller's language: the domain's own
 * exceptions by their kind (not found 404, forbidden 403, conflict 409, too large 413,
 * invalid input 400) and Spring MVC's request errors by theirs. Never a stack trace:
 * unexpected errors are logged and answered with a plain 500.
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	@ExceptionHandler(DomainException.class)
	ResponseEntity<ProblemDetail> domainRefusal(DomainException ex, Locale locale) {
		HttpStatus status = statusOf(ex);
		ProblemDetail problem = (ex instanceof InvalidInputException invalid)
				? ApiProblems.invalidInput(status, ex.code(), ex.text(), invalid.fieldErrors(), locale)
				: ApiProblems.problem(status, ex.code(), ex.text(), locale);
		ex.details(locale).forEach(problem::setProperty);
		return ResponseEntity.status(status).body(problem);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<ProblemDetail> concurrentChange(OptimisticLockingFailureException ex, Locale locale) {
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.body(ApiProblems.problem(HttpStatus.CONFLICT, "request.concurrentChange",
					LocalizedText.of("ມີຄົນອື່ນປ່ຽນແປງຂໍ້ມູນນີ້ໃນເວລາດຽວກັນ, ກະລຸນາລອງໃໝ່",
							"Someone else changed this at the same time; please try again"),
					locale));
	}

	@ExceptionHandler(MultipartException.class)
	ResponseEntity<ProblemDetail> unreadableUpload(MultipartException ex, Locale locale) {
		if (isPartHeaderTooLarge(ex)) {
			// Tomcat's limit on a part's headers: in practice a very long file name
			return ResponseEntity.badRequest()
				.body(ApiProblems.problem(HttpStatus.BAD_REQUEST, "document.fileNameTooLong",
						LocalizedText.of("ຊື່ໄຟລ໌ຍາວເກີນໄປ, ກະລຸນາປ່ຽນຊື່ໄຟລ໌ໃຫ້ສັ້ນລົງ",
								"The file name is too long; please give the file a shorter name"),
						locale));
		}
		return ResponseEntity.badRequest()
			.body(ApiProblems.problem(HttpStatus.BAD_REQUEST, "request.unreadableUpload",
					LocalizedText.of("ອ່ານໄຟລ໌ທີ່ອັບໂຫຼດບໍ່ໄດ້", "The uploaded file could not be read"), locale));
	}

	/**
	 * Anything unexpected on the API: logged with its trace here, answered without it.
	 * Outside the API (Vaadin's own requests pass through Spring MVC too) the exception
	 * is left to its usual handling.
	 */
	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request, Locale locale) throws Exception {
		// sign-in and permission refusals belong to Spring Security's filters, which
		// answer 401 and 403
		if (ex instanceof AuthenticationException || ex instanceof AccessDeniedException
				|| !request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			throw ex;
		}
		log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), ex);
		return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
			.body(ApiProblems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal",
					LocalizedText.of("ເກີດຂໍ້ຜິດພາດພາຍໃນລະບົບ, ກະລຸນາລອງໃໝ່ພາຍຫຼັງ",
							"Something went wrong inside the system; please try again later"),
					locale));
	}

	/**
	 * A part's headers over the container's limit are reported like a file over the size
	 * limit; tell the long file name apart from a large file.
	 */
	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (isPartHeaderTooLarge(ex)) {
			return ResponseEntity.badRequest()
				.body(ApiProblems.problem(HttpStatus.BAD_REQUEST, "document.fileNameTooLong",
						LocalizedText.of("ຊື່ໄຟລ໌ຍາວເກີນໄປ, ກະລຸນາປ່ຽນຊື່ໄຟລ໌ໃຫ້ສັ້ນລົງ",
								"The file name is too long; please give the file a shorter name"),
						LocaleContextHolder.getLocale()));
		}
		return super.handleMaxUploadSizeExceededException(ex, headers, status, request);
	}

	/**
	 * Spring MVC's own request errors keep their status and headers (e.g. {@code Allow});
	 * only the text is replaced by one in the caller's language.
	 */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ApiProblems.problem(statusCode, codeOf(ex), textOf(ex, statusCode), locale);
		if (body instanceof ProblemDetail original && original.getInstance() != null) {
			problem.setInstance(original.getInstance());
		}
		return super.handleExceptionInternal(ex, problem, headers, statusCode, request);
	}

	/**
	 * Whether the upload was refused for the size of a part's headers, not of its content
	 * (Tomcat says "header" in its message; Spring reports both as a size limit).
	 */
	private static boolean isPartHeaderTooLarge(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			String message = cause.getMessage();
			if (message != null && message.toLowerCase(Locale.ROOT).contains("header")) {
				return true;
			}
		}
		return false;
	}

	private static HttpStatus statusOf(DomainException ex) {
		if (ex instanceof TooLargeException) {
			return HttpStatus.PAYLOAD_TOO_LARGE;
		}
		if (ex instanceof NotFoundException) {
			return HttpStatus.NOT_FOUND;
		}
		if (ex instanceof ForbiddenException) {
			return HttpStatus.FORBIDDEN;
		}
		if (ex instanceof ConflictException) {
			return HttpStatus.CONFLICT;
		}
		return HttpStatus.BAD_REQUEST;
	}

	private static String codeOf(Exception ex) {
		if (ex instanceof MaxUploadSizeExceededException) {
			return "request.tooLarge";
		}
		if (ex instanceof NoResourceFoundException) {
			return "request.notFound";
		}
		if (ex instanceof HttpRequestMethodNotSupportedException) {
			return "request.methodNotAllowed";
		}
		if (ex instanceof HttpMediaTypeNotSupportedException) {
			return "request.unsupportedMediaType";
		}
		if (ex instanceof HttpMediaTypeNotAcceptableException) {
			return "request.notAcceptable";
		}
		if (ex instanceof HttpMessageNotReadableException) {
			return "request.unreadable";
		}
		if (ex instanceof MissingServletRequestParameterException || ex instanceof MissingServletRequestPartException) {
			return "request.missingParameter";
		}
		if (ex instanceof TypeMismatchException) {
			return "request.typeMismatch";
		}
		if (ex instanceof MethodArgumentNotValidException || ex instanceof HandlerMethodValidationException) {
			return "request.invalid";
		}
		return "request.failed";
	}

	private static LocalizedText textOf(Exception ex, HttpStatusCode status) {
		if (ex instanceof MaxUploadSizeExceededException) {
			return LocalizedText.of("ໄຟລ໌ ຫຼື ຄຳຮ້ອງໃຫຍ່ເກີນໄປ", "The file or request is too large");
		}
		if (ex instanceof NoResourceFoundException) {
			return LocalizedText.of("ບໍ່ມີທີ່ຢູ່ນີ້ໃນ API", "There is no such address in the API");
		}
		if (ex instanceof HttpRequestMethodNotSupportedException methodNotSupported) {
			return LocalizedText.of("ທີ່ຢູ່ນີ້ບໍ່ຮັບວິທີ " + methodNotSupported.getMethod(),
					"This address does not accept " + methodNotSupported.getMethod());
		}
		if (ex instanceof HttpMediaTypeNotSupportedException) {
			return LocalizedText.of("ບໍ່ຮັບຮູບແບບເນື້ອໃນນີ້", "This content type is not accepted here");
		}
		if (ex instanceof HttpMediaTypeNotAcceptableException) {
			return LocalizedText.of("ບໍ່ສາມາດຕອບໃນຮູບແບບທີ່ຂໍໄດ້",
					"The answer cannot be given in the requested format");
		}
		if (ex instanceof HttpMessageNotReadableException) {
			return LocalizedText.of("ເນື້ອໃນຂອງຄຳຮ້ອງບໍ່ແມ່ນ JSON ທີ່ຖືກຕ້ອງ ຫຼື ບໍ່ກົງກັບຮູບແບບທີ່ຕ້ອງການ",
					"The request body is not valid JSON or does not have the expected shape");
		}
		if (ex instanceof MissingServletRequestParameterException missing) {
			return LocalizedText.of("ຂາດຂໍ້ມູນ: " + missing.getParameterName(),
					"Missing parameter: " + missing.getParameterName());
		}
		if (ex instanceof MissingServletRequestPartException missing) {
			return LocalizedText.of("ຂາດຂໍ້ມູນ: " + missing.getRequestPartName(),
					"Missing part: " + missing.getRequestPartName());
		}
		if (ex instanceof TypeMismatchException mismatch) {
			String name = (mismatch.getPropertyName() != null) ? mismatch.getPropertyName() : "?";
			return LocalizedText.of("ຄ່າຂອງ " + name + " ບໍ່ຖືກຕ້ອງ", "The value of " + name + " is not valid");
		}
		if (ex instanceof MethodArgumentNotValidException || ex instanceof HandlerMethodValidationException) {
			return LocalizedText.of("ຂໍ້ມູນທີ່ສົ່ງມາບໍ່ຖືກຕ້ອງ", "The submitted data are not valid");
		}
		return LocalizedText.of("ຄຳຮ້ອງບໍ່ສຳເລັດ (" + status.value() + ")",
				"The request failed (" + status.value() + ")");
	}

}
