package la.anuyat.payment.api;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Locale;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import la.anuyat.api.ApiProblems;
import la.anuyat.audit.SecurityEvent;
import la.anuyat.audit.SecurityLog;
import la.anuyat.payment.InvoiceStatus;
import la.anuyat.payment.PaymentOutcome;
import la.anuyat.payment.PaymentService;
import la.anuyat.payment.ProviderPayment;
import la.anuyat.shared.InvalidInputException;
import la.anuyat.shared.LocalizedText;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where the e-payment provider confirms a payment. No user signs in here: the provider
 * signs each request with the secret it shares with the regulator
 * ({@code anuyat.payment.provider-secret}, from the environment; without one every
 * callback is refused).
 */
@RestController
@RequestMapping("/api/v1/payments")
@Tag(name = "Payments", description = "Fee payments confirmed by the e-payment provider")
class PaymentCallbackController {

	private final PaymentService payments;

	private final ProviderSignature signature;

	private final SecurityLog securityLog;

	private final Clock clock;

	private final ObjectMapper json;

	PaymentCallbackController(PaymentService payments, SecurityLog securityLog, Clock clock, ObjectMapper json,
			@Value("${anuyat.payment.provider-secret:}") String providerSecret) {
		this.payments = payments;
		this.securityLog = securityLog;
		this.clock = clock;
		this.json = json.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
		this.signature = new ProviderSignature(providerSecret);
	}

	@PostMapping(path = "/callback", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The e-payment provider confirms a fee payment (signed, no user sign-in)", security = {},
			description = "Signed by the provider: header `X-Anuyat-Signature: t=<unix seconds>,v1=<hex "
					+ "HMAC-SHA256(secret, t + \".\" + raw body)>`. Refused with 401 when the header is missing or "
					+ "malformed (`payment.signatureMissing`), the signature is not valid (`payment.signatureInvalid`) "
					+ "or the timestamp is more than 5 minutes from the server's time (`payment.signatureExpired`); "
					+ "404 `payment.unknownReference` for a reference of no invoice; 409 `payment.amountMismatch` "
					+ "unless `amountKip` is exactly the invoice's, `invoice.alreadyPaid` when another transaction paid "
					+ "it, `invoice.notPayable` when it lapsed; 503 when no provider secret is configured. Idempotent "
					+ "by `transactionId`: the same transaction again answers 200 as the first time, with "
					+ "`repeated: true`, and books nothing. On success the invoice is paid and the licence issued.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = Callback.class))))
	@SecurityRequirements
	@Parameter(in = ParameterIn.HEADER, name = ProviderSignature.HEADER, required = true,
			description = "t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + \".\" + raw body)>")
	ResponseEntity<PaymentAnswer> callback(
			@RequestHeader(name = ProviderSignature.HEADER, required = false) String signed, @RequestBody byte[] body,
			HttpServletRequest request) {
		if (!this.signature.configured()) {
			throw new CallbackDisabled();
		}
		try {
			this.signature.verify(signed, body, Instant.now(this.clock));
		}
		catch (ProviderSignature.Refused refused) {
			this.securityLog.record(SecurityEvent.Kind.PAYMENT_CALLBACK_REFUSED, null, request.getRemoteAddr(), "api",
					refused.code());
			throw refused;
		}
		Callback callback = read(body);
		PaymentOutcome outcome = this.payments
			.recordProviderPayment(new ProviderPayment(callback.transactionId(), callback.paymentReference(),
					(callback.amountKip() == null) ? -1 : callback.amountKip(), callback.paidAt()));
		return ResponseEntity.ok(new PaymentAnswer(outcome.invoiceNumber(), outcome.caseNumber(), outcome.status(),
				outcome.paidAt(), outcome.repeated()));
	}

	@ExceptionHandler(ProviderSignature.Refused.class)
	ResponseEntity<ProblemDetail> refused(ProviderSignature.Refused ex, Locale locale) {
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
			.body(ApiProblems.problem(HttpStatus.UNAUTHORIZED, ex.code(), ex.text(), locale));
	}

	@ExceptionHandler(CallbackDisabled.class)
	ResponseEntity<ProblemDetail> disabled(CallbackDisabled ex, Locale locale) {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.body(ApiProblems.problem(HttpStatus.SERVICE_UNAVAILABLE, "payment.callbackDisabled",
					LocalizedText.of("ຍັງບໍ່ໄດ້ຕັ້ງຄ່າການຮັບແຈ້ງຊຳລະຈາກຜູ້ໃຫ້ບໍລິການ",
							"Payment callbacks are not configured on this server"),
					locale));
	}

	private Callback read(byte[] body) {
		try {
			Callback callback = this.json.readValue(body, Callback.class);
			if (callback == null || callback.transactionId() == null || callback.paymentReference() == null
					|| callback.amountKip() == null) {
				throw new IOException("incomplete");
			}
			return callback;
		}
		catch (IOException ex) {
			throw new InvalidInputException("payment.invalidCallback", LocalizedText.of("ຂໍ້ມູນການແຈ້ງຊຳລະບໍ່ຖືກຕ້ອງ",
					"The callback must be JSON with transactionId, paymentReference, amountKip and paidAt"));
		}
	}

	/**
	 * What the provider confirms: its own transaction id, the invoice's payment
	 * reference, the amount paid in kip and when.
	 */
	record Callback(String transactionId, String paymentReference, Long amountKip, Instant paidAt) {
	}

	record PaymentAnswer(String invoiceNumber, String caseNumber, InvoiceStatus status, LocalDateTime paidAt,
			boolean repeated) {
	}

	/** No provider secret is configured: no callback can be trusted. */
	static final class CallbackDisabled extends RuntimeException {

	}

}
