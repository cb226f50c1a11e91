package la.anuyat.licence.api;

import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import la.anuyat.identity.CurrentActor;
import la.anuyat.licence.LicenceStatistics;
import la.anuyat.licence.LicenceStatistics.Report;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The statistics the departments keep of their licences in force, by the answers each
 * licence type's form tags (SIM-card dealers by operator and district), as JSON or CSV.
 */
@RestController
@RequestMapping("/api/v1/statistics/licences")
@Tag(name = "Statistics", description = "Licences in force counted by the answers their forms tag as statistics")
class LicenceStatisticsController {

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final CurrentActor currentActor;

	private final LicenceStatistics statistics;

	LicenceStatisticsController(CurrentActor currentActor, LicenceStatistics statistics) {
		this.currentActor = currentActor;
		this.statistics = statistics;
	}

	@GetMapping(path = "/{licenceType}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Licences in force of a type by tagged answer (staff, within jurisdiction)",
			description = "authority: one authority (default: all in the caller's jurisdiction). breakdowns: per tagged "
					+ "field, the count by answer; crossed: the first tagged field's answers by the second's (SIM-card "
					+ "dealers by district and operator). A dealer for two operators counts once for each.")
	Report report(@PathVariable String licenceType,
			@RequestParam(name = "authority", required = false) String authority) {
		return this.statistics.report(this.currentActor.actor(), licenceType, blankToNull(authority));
	}

	@GetMapping(path = "/{licenceType}", produces = "text/csv")
	@Operation(summary = "The crossed counts as CSV: one row per answer of the first tagged field, one column per "
			+ "answer of the second")
	ResponseEntity<String> csv(@PathVariable String licenceType,
			@RequestParam(name = "authority", required = false) String authority) {
		Report report = this.statistics.report(this.currentActor.actor(), licenceType, blankToNull(authority));
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(licenceType + "-" + report.on() + ".csv", StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(report.toCsv());
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
