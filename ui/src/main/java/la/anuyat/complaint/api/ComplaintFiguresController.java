package la.anuyat.complaint.api;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import la.anuyat.complaint.ComplaintFigures;
import la.anuyat.shared.FieldError;
import la.anuyat.shared.InvalidInputException;
import la.anuyat.shared.LocalizedText;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The published complaint figures, without sign-in: per month, province, operator and
 * category, the complaints filed, the median times to the operator's response and to a
 * decision, and the share upheld.
 */
@RestController
@Tag(name = "Complaint figures", description = "Published counts and times of complaints; nothing personal")
class ComplaintFiguresController {

	private final ComplaintFigures figures;

	private final Clock clock;

	ComplaintFiguresController(ComplaintFigures figures, Clock clock) {
		this.figures = figures;
		this.clock = clock;
	}

	@GetMapping("/api/v1/complaint-figures")
	@Operation(summary = "The complaint figures of a period (months YYYY-MM, both included, at most 36)",
			description = "from and to default to the current month; province (e.g. VTE) narrows them. 400 for a "
					+ "month that is not YYYY-MM or a period backwards or too long.")
	List<ComplaintFigures.Row> figures(@RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String province) {
		return this.figures.figures(month("from", from), month("to", to), blankToNull(province));
	}

	@GetMapping(path = "/api/v1/complaint-figures.csv", produces = "text/csv")
	@Operation(summary = "The same figures as CSV (UTF-8 with a byte order mark)")
	ResponseEntity<byte[]> csv(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String province) {
		byte[] csv = this.figures.csv(month("from", from), month("to", to), blankToNull(province))
			.getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("complaint-figures.csv").build().toString())
			.body(csv);
	}

	private YearMonth month(String field, String value) {
		if (value == null || value.isBlank()) {
			return YearMonth.now(this.clock);
		}
		try {
			return YearMonth.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			LocalizedText text = LocalizedText.of("ເດືອນຕ້ອງເປັນ YYYY-MM", "A month is written YYYY-MM");
			throw new InvalidInputException("figures.month", text, List.of(new FieldError(field, text)));
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip().toUpperCase(java.util.Locale.ROOT);
	}

}
