package la.anuyat.inspection.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import la.anuyat.identity.CurrentActor;
import la.anuyat.inspection.InspectionCases;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The report of an inspection case, for staff with jurisdiction and the company
 * inspected.
 */
@RestController
@Tag(name = "Inspections")
class InspectionReportController {

	private final CurrentActor currentActor;

	private final InspectionCases inspections;

	InspectionReportController(CurrentActor currentActor, InspectionCases inspections) {
		this.currentActor = currentActor;
		this.inspections = inspections;
	}

	@GetMapping(path = "/api/v1/inspections/cases/{caseNumber}/report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "The inspection report as a signed PDF in Lao and English",
			description = "The company, licence, inspector, time and position, every answer of the checklist, the "
					+ "violations found and the photos. 404 outside the caller's jurisdiction.")
	ResponseEntity<byte[]> report(@PathVariable String caseNumber) {
		byte[] pdf = this.inspections.reportPdf(this.currentActor.actor(), caseNumber);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(caseNumber + "-report.pdf").build().toString())
			.body(pdf);
	}

}
