package la.anuyat.journey;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import la.anuyat.api.ApiClient;
import la.anuyat.api.ApiClient.Answer;
import la.anuyat.api.ApplicationForms;
import la.anuyat.api.PaymentProvider;
import la.anuyat.identity.Actor;
import la.anuyat.identity.Role;
import la.anuyat.casefile.CaseId;
import la.anuyat.licence.ApplicationKind;
import la.anuyat.licence.LicenceApplication;
import la.anuyat.licence.LicenceApplications;
import la.anuyat.casefile.CaseEvent;
import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.CaseFileService;
import la.anuyat.casefile.CaseStatus;
import la.anuyat.licence.process.CatalogueOverview;
import la.anuyat.licence.process.LicenceCatalogue;
import la.anuyat.notification.Notice;
import la.anuyat.notification.NotificationService;
import la.anuyat.payment.Invoice;
import la.anuyat.payment.PaymentService;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The walking skeleton's journey in a real browser (Debian's headless Chromium): the
 * applicant applies in Lao, the Vientiane Capital section officer checks and studies the
 * case, the head of the department approves it after a confirmation, and the public
 * verification page shows the licence as valid. Every page on the way is checked with
 * axe-core; the case history names people by their names and shows Vientiane time. The
 * holder renews a licence from the company page and the leadership reads the overdue
 * task's notice in the bell and on the notices page; the administrator reads the
 * catalogue. Screenshots of each step go to {@code target/screenshots}.
 * <p>
 * Same configuration as {@code H2ApiJourneyTests}, so the two share one application
 * context.
 */
class LicenceJourneyBrowserTest extends BrowserJourney {

	@BeforeAll
	static void writeDocument() throws IOException {
		document = writeSmallPdf(Files.createTempFile("anuyat-journey-", ".pdf"));
	}

	@AfterAll
	static void deleteDocument() throws IOException {
		if (document != null) {
			Files.deleteIfExists(document);
		}
	}

	private static final List<String> DOCUMENT_TYPES = List.of("enterprise-registration", "tax-registration",
			"director-id", "business-plan");

	private static Path document;

	@Autowired
	CaseFileService cases;

	@Autowired
	LicenceApplications applications;

	@Autowired
	PaymentService payments;

	@Autowired
	LicenceCatalogue catalogue;

	@Autowired
	NotificationService notifications;

	@Autowired
	ManagementService engineJobs;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void applicantAppliesOfficerStudiesLeaderApprovesAndTheLicenceVerifies() throws IOException {
		String caseNumber = applyAsApplicant();
		assertThat(caseNumber).matches("ICT-VTE-\\d{4}-\\d{6}");

		checkAndStudyAsOfficer(caseNumber);
		approveAsLeader(caseNumber);
		payThroughTheProvider(caseNumber);

		String licenceNumber = this.applications
			.licenceIssuedBy(this.cases.caseByNumber(new Actor("admin", Role.ADMINISTRATOR, "MTC", null), caseNumber))
			.orElse(null);
		assertThat(licenceNumber).isNotBlank();
		browser.open("/verify/" + licenceNumber);
		browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "VALID"));
		browser.checkAccessibility("the public verification page");
		assertThat(browser.driver().findElement(By.tagName("body")).getText()).contains(licenceNumber)
			.doesNotContain("UNKNOWN");
		browser.screenshot("09-verification-valid");

		String measureCase = proposeSuspensionAsOfficer(caseNumber, licenceNumber);
		respondAsHolder(licenceNumber, measureCase);
		assertThat(this.cases.caseByNumber(new Actor("admin", Role.ADMINISTRATOR, "MTC", null), measureCase)
			.getHistory()
			.stream()
			.map(CaseEvent::getType)).contains("case.responded");
	}

	/**
	 * The administrator's catalogue lists every case type with its section, form and
	 * process, and every decision table with each of its rules, as deployed.
	 */
	@Test
	void administratorReadsEveryLicenceTypeWithItsSectionFormAndRules() throws IOException {
		Actor admin = new Actor("admin", Role.ADMINISTRATOR, "MTC", null);
		CatalogueOverview deployed = this.catalogue.overview(admin);
		browser.login("admin");
		browser.click("nav-catalogue");
		browser.waitFor("catalogue-case-types");
		List<String> types = gridRows("catalogue-case-types", deployed.caseTypes().size());
		for (CatalogueOverview.CaseTypeEntry type : deployed.caseTypes()) {
			assertThat(types).as("the row of " + type.code())
				.anySatisfy((row) -> assertThat(row).startsWith(type.code() + " | ")
					.contains(" | " + type.sectionCode() + " | ")
					.contains(" | " + ((type.formKey() != null) ? type.formKey() : "—") + " | ")
					.contains(type.processKey()));
		}
		assertThat(deployed.decisions()).isNotEmpty();
		for (CatalogueOverview.DecisionTable table : deployed.decisions()) {
			assertThat(gridRows("catalogue-decision-" + table.key(), table.rules().size()))
				.as("the rules of " + table.key())
				.hasSize(table.rules().size());
		}
		browser.screenshot("15-admin-catalogue");
		browser.checkAccessibility("the administrator's catalogue");
		browser.logout();
	}

	/**
	 * The holder renews a licence near the end of its validity from the company page: the
	 * wizard opens on the licence's answers, and the renewal is submitted as a renewal.
	 * Its completeness check then passes its due date: the check's own overdue timer runs
	 * and the leadership finds the escalation in the bell, and on the notices page, which
	 * opens the case on the staff case page.
	 */
	@Test
	void holderRenewsFromTheCompanyPageAndTheLeaderFindsTheOverdueCheckInTheNotices() throws IOException {
		String licenceNumber = licenceNearTheEndOfItsValidity();

		browser.login("applicant");
		browser.click("nav-my-company");
		browser.waitFor("licence-renew-" + licenceNumber);
		browser.checkAccessibility("the holder's company page with a renewable licence");
		browser.click("licence-renew-" + licenceNumber);
		browser.waitFor("field-plannedServices");
		String renewal = browser.driver().getCurrentUrl().replaceFirst(".*/new-application/", "");
		assertThat(renewal).matches("[A-Z]+-VTE-\\d{4}-\\d{6}");
		assertThat(
				browser.driver().findElement(By.cssSelector("#field-plannedServices textarea")).getDomProperty("value"))
			.as("the licence's answers carried over")
			.isEqualTo(ApplicationForms.validSoftwareApplication().path("plannedServices").asText());
		browser.screenshot("16-holder-renewal-carried-over");
		browser.checkAccessibility("the renewal's form step");
		browser.click("wizard-next");
		browser.waitFor("upload-rules");
		for (String documentType : missingDocuments(renewal)) {
			browser.upload("upload-" + documentType, document);
			browser.await()
				.until(ExpectedConditions.attributeContains(By.id("upload-status-" + documentType), "class",
						"present"));
		}
		browser.checkAccessibility("the renewal's documents step");
		browser.click("wizard-next");
		browser.waitFor("wizard-submit");
		browser.click("wizard-submit");
		browser.waitFor("application-kind");
		assertThat(browser.driver().findElement(By.id("application-kind")).getText())
			.contains(ApplicationKind.RENEWAL.label().lo());
		browser.screenshot("17-holder-renewal-submitted");
		browser.checkAccessibility("the renewal's case page");
		browser.logout();
		Actor admin = new Actor("admin", Role.ADMINISTRATOR, "MTC", null);
		CaseFile submitted = this.cases.caseByNumber(admin, renewal);
		LicenceApplication application = this.applications.of(CaseId.of(submitted)).orElseThrow();
		assertThat(application.getKind()).isEqualTo(ApplicationKind.RENEWAL);
		assertThat(application.getSubjectLicenceNumber()).isEqualTo(licenceNumber);
		assertThat(submitted.getStatus()).isEqualTo(CaseStatus.SUBMITTED);

		Notice overdue = completenessCheckPassesItsDueDate(submitted);
		browser.login("leader.vte");
		browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("notice-unread")));
		browser.click("notice-bell");
		browser.waitFor("notice-open-" + overdue.getId());
		browser.screenshot("18-leader-notice-bell");
		browser.checkAccessibility("the leader's notices in the bell");
		browser.click("notice-see-all");
		browser.waitFor("notices-item-" + overdue.getId());
		assertThat(browser.driver().findElement(By.id("notices-item-" + overdue.getId())).getText()).contains(renewal);
		assertThat(browser.driver().findElements(By.id("notices-unread-" + overdue.getId()))).as("marked unread")
			.hasSize(1);
		browser.screenshot("19-leader-notices-page");
		browser.checkAccessibility("the notices page");
		browser.click("notices-open-" + overdue.getId());
		browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-number"), renewal));
		assertThat(browser.driver().getCurrentUrl()).endsWith("/cases/" + renewal);
		// read now: the unread ones no longer list it
		browser.click("nav-notices");
		browser.waitFor("notices-item-" + overdue.getId());
		browser.driver().findElement(By.cssSelector("#notices-filter vaadin-radio-button:nth-of-type(2)")).click();
		browser.awaitVaadin();
		browser.await()
			.until(ExpectedConditions.invisibilityOfElementLocated(By.id("notices-item-" + overdue.getId())));
		browser.checkAccessibility("the unread notices");
		browser.logout();
	}

	/**
	 * A licence issued through the API and paid through the provider, whose end is then
	 * brought to 30 days from today: its renewal window (90 days before the end, by the
	 * renewal-window rules) is open. The running application's clock cannot move, and the
	 * validity rules issue a software licence for years.
	 */
	private String licenceNearTheEndOfItsValidity() {
		ApiClient applicant = ApiClient.as(this.port, "applicant", "demo", "lo");
		Answer created = applicant.post("/api/v1/applications", Map.of("licenceType", "ICT-SOFT", "province", "VTE",
				"form", ApplicationForms.validSoftwareApplication()));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String caseNumber = created.json().path("caseNumber").asText();
		Answer submitted = applicant.submitWithDocuments(caseNumber);
		assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
		ApiClient officer = ApiClient.as(this.port, "officer.vte", "demo", "lo");
		officer.completeTask(caseNumber, "userTask_checkCompleteness", "complete", null);
		officer.completeTask(caseNumber, "userTask_studyApplication", "recommend-approve", "ເອກະສານຄົບຖ້ວນ.");
		ApiClient.as(this.port, "leader.vte", "demo", "lo")
			.completeTask(caseNumber, "userTask_decideApplication", "approve", "ອະນຸມັດ.");
		payThroughTheProvider(caseNumber);
		String licenceNumber = this.applications
			.licenceIssuedBy(this.cases.caseByNumber(new Actor("admin", Role.ADMINISTRATOR, "MTC", null), caseNumber))
			.orElse(null);
		assertThat(licenceNumber).isNotBlank();
		assertThat(this.jdbc.update("update licence set valid_until = ? where licence_number = ?",
				java.sql.Date.valueOf(LocalDate.now().plusDays(30)), licenceNumber))
			.isOne();
		return licenceNumber;
	}

	/**
	 * The required documents of the application's checklist that it does not have yet.
	 */
	private List<String> missingDocuments(String caseNumber) {
		Answer checklist = ApiClient.as(this.port, "applicant", "demo", "lo")
			.get("/api/v1/applications/" + caseNumber + "/checklist");
		assertThat(checklist.status()).as(checklist.toString()).isEqualTo(200);
		List<String> missing = new java.util.ArrayList<>();
		for (JsonNode item : checklist.json().path("documents")) {
			if (item.path("required").asBoolean() && !item.hasNonNull("documentId")) {
				missing.add(item.path("type").asText());
			}
		}
		return missing;
	}

	/**
	 * Runs the overdue timer of the case's completeness check, as the engine does at its
	 * due date, and returns the notice it left for the head of the department.
	 */
	private Notice completenessCheckPassesItsDueDate(CaseFile caseFile) {
		Job timer = this.engineJobs.createJobQuery()
			.processInstanceId(caseFile.getProcessInstanceId())
			.activityId("boundaryEvent_checkCompletenessOverdue")
			.singleResult();
		assertThat(timer).as("the check's overdue timer").isNotNull();
		this.engineJobs.executeJob(timer.getId());
		Actor leader = new Actor("leader.vte", Role.LEADERSHIP, "VTE", null);
		return this.notifications.noticesOf(leader, 50)
			.stream()
			.filter((notice) -> caseFile.getCaseNumber().equals(notice.getCaseNumber())
					&& "taskOverdue".equals(notice.getKind()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no overdue notice for " + caseFile.getCaseNumber()));
	}

	/**
	 * The rows of a grid that shows all its rows, each as its cells' texts joined by
	 * {@code " | "}, once the grid has rendered the expected number of them.
	 */
	@SuppressWarnings("unchecked")
	private static List<String> gridRows(String id, int expected) {
		JavascriptExecutor js = (JavascriptExecutor) browser.driver();
		String script = "const grid = document.getElementById(arguments[0]);"
				+ " if (!grid || !grid.shadowRoot) { return []; }"
				+ " return [...grid.shadowRoot.querySelectorAll('#items > tr')]"
				+ ".filter(tr => !tr.hidden && tr.offsetParent !== null)"
				+ ".map(tr => [...tr.querySelectorAll('td slot')]"
				+ ".map(s => s.assignedElements().map(e => e.textContent.trim()).join('')).join(' | '))"
				+ ".filter(row => row.replaceAll('|', '').trim() !== '');";
		browser.await().until((driver) -> ((List<String>) js.executeScript(script, id)).size() >= expected);
		return (List<String>) js.executeScript(script, id);
	}

	/**
	 * On the licence's case, the section officer proposes to suspend it until a day; the
	 * dialog names the measure's new case, which the licence's measures then list.
	 */
	private String proposeSuspensionAsOfficer(String caseNumber, String licenceNumber) throws IOException {
		browser.login("officer.vte");
		browser.openAndWait("/cases/" + caseNumber);
		browser.waitFor("licence-panel");
		browser.click("licence-sanction-" + licenceNumber);
		browser.waitFor("sanction-grounds");
		browser.pickDate("sanction-until", java.time.LocalDate.now().plusDays(20));
		browser.typeIntoArea("sanction-grounds", "ບໍ່ໄດ້ລາຍງານການໃຫ້ບໍລິການຕາມກຳນົດ.");
		browser.screenshot("10-officer-proposes-suspension");
		browser.checkAccessibility("the suspension dialog");
		browser.click("sanction-submit");
		browser.waitFor("measure-dialog-case");
		String measureCase = browser.driver().findElement(By.id("measure-dialog-case")).getText().trim();
		assertThat(measureCase).matches("SUS-VTE-\\d{4}-\\d{6}");
		browser.click("measure-dialog-close");
		browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("measure-grid"), measureCase));
		assertThat(browser.driver().findElements(By.id("licence-sanction-" + licenceNumber)))
			.as("one measure at a time")
			.isEmpty();
		browser.screenshot("11-officer-measure-listed");
		// the department's statistics of its licences in force, from the menu
		browser.click("nav-statistics");
		browser.waitFor("statistics-total");
		browser.checkAccessibility("the statistics page");
		browser.logout();
		return measureCase;
	}

	/**
	 * On the company page the holder sees the measure waiting for them and responds; the
	 * licence is in force until the measure is decided, and no cancellation is offered
	 * while it is in progress.
	 */
	private void respondAsHolder(String licenceNumber, String measureCase) throws IOException {
		browser.login("applicant");
		browser.click("nav-my-company");
		browser.waitFor("measure-respond-" + measureCase);
		assertThat(browser.driver().findElements(By.id("licence-cancel-" + licenceNumber))).isEmpty();
		browser.checkAccessibility("the holder's company page with a measure");
		browser.click("measure-respond-" + measureCase);
		browser.typeIntoArea("response-text", "ພວກເຮົາໄດ້ສົ່ງລາຍງານແລ້ວ ແລະ ຄັດຕິດໃບຮັບ.");
		browser.checkAccessibility("the response dialog");
		browser.screenshot("12-holder-responds");
		browser.click("response-send");
		browser.waitFor("measure-dialog-done");
		browser.click("measure-dialog-close");
		browser.await().until(ExpectedConditions.invisibilityOfElementLocated(By.id("measure-respond-" + measureCase)));
		browser.screenshot("13-holder-responded");
		browser.logout();
	}

	/**
	 * The fee is paid as the e-payment provider confirms it, with a signed callback: the
	 * licence is issued only then.
	 */
	private void payThroughTheProvider(String caseNumber) {
		Actor admin = new Actor("admin", Role.ADMINISTRATOR, "MTC", null);
		assertThat(this.applications.licenceIssuedBy(this.cases.caseByNumber(admin, caseNumber))).isEmpty();
		Invoice invoice = this.payments.invoiceOfCase(admin, caseNumber).orElseThrow();
		PaymentProvider.Sent paid = new PaymentProvider(this.port, PaymentProvider.DEMO_SECRET)
			.pay("TX-" + invoice.getInvoiceNumber(), invoice.getPaymentReference(), invoice.getAmountKip());
		assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
	}

	private String applyAsApplicant() throws IOException {
		browser.openAndWait("/login");
		browser.checkAccessibility("the login page");
		browser.login("applicant");
		browser.waitFor("myapps-new");
		browser.screenshot("01-applicant-my-applications");
		browser.checkAccessibility("my applications");
		browser.click("nav-new-application");
		browser.checkAccessibility("the wizard's first step");
		WebElement type = browser.input("wizard-licence-type");
		type.click();
		type.sendKeys("ຊອບແວ");
		browser.awaitVaadin();
		type.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
		browser.awaitVaadin();
		browser.click("wizard-next");
		browser.waitFor("field-district");
		browser.typeInto("field-district", "ຈັນທະບູລີ");
		browser.typeInto("field-village", "ບ້ານຫາຍໂສກ");
		browser.typeIntoArea("field-plannedServices",
				"ພັດທະນາຊອບແວ ແລະ ບໍລິການຂໍ້ມູນທາງອິນເຕີເນັດ ສຳລັບທຸລະກິດໃນນະຄອນຫຼວງວຽງຈັນ");
		WebElement date = browser.input("field-plannedStartDate");
		// within the form's range for the planned start (today to five years on)
		date.sendKeys(java.time.LocalDate.now()
			.plusMonths(3)
			.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")), Keys.ENTER);
		browser.typeInto("field-numberOfStaff", "12");
		browser.screenshot("02-applicant-form");
		browser.checkAccessibility("the wizard's form step");
		browser.click("wizard-next");
		browser.waitFor("upload-rules");
		assertThat(browser.driver().findElement(By.id("upload-rules")).getText()).contains("PDF, JPEG, PNG ຫຼື DOCX")
			.contains("20 MB");
		browser.checkAccessibility("the wizard's documents step");
		for (String documentType : DOCUMENT_TYPES) {
			browser.upload("upload-" + documentType, document);
			browser.await()
				.until(ExpectedConditions.attributeContains(By.id("upload-status-" + documentType), "class",
						"present"));
		}
		browser.screenshot("03-applicant-documents");
		browser.click("wizard-next");
		browser.waitFor("wizard-submit");
		browser.checkAccessibility("the wizard's review step");
		browser.click("wizard-submit");
		browser.waitFor("application-where");
		browser.screenshot("04-applicant-submitted");
		browser.checkAccessibility("the applicant's case page");
		String caseNumber = browser.driver().findElement(By.id("application-case-number")).getText().trim();
		browser.logout();
		return caseNumber;
	}

	private void checkAndStudyAsOfficer(String caseNumber) throws IOException {
		browser.login("officer.vte");
		browser.waitFor("inbox-open-" + caseNumber);
		browser.checkAccessibility("the officer's inbox");
		// at 1366 px the whole row shows: step, case, company, due date, assignee,
		// actions
		browser.checkNoSidewaysScrolling("the officer's inbox");
		browser.click("inbox-open-" + caseNumber);
		browser.waitFor("case-number");
		browser.screenshot("05-officer-case");
		browser.checkAccessibility("the officer's case page");
		claimIfOffered();
		browser.click("task-outcome-complete");
		browser.click("task-complete");
		browser.waitFor("task-outcome-recommend-approve");
		claimIfOffered();
		browser.click("task-outcome-recommend-approve");
		browser.typeIntoArea("task-comment", "ເອກະສານຄົບຖ້ວນ, ສະເໜີອະນຸມັດ.");
		browser.click("task-complete");
		browser.await().until(ExpectedConditions.invisibilityOfElementLocated(By.id("task-outcome-recommend-approve")));
		browser.screenshot("06-officer-studied");
		browser.logout();
	}

	private void approveAsLeader(String caseNumber) throws IOException {
		browser.login("leader.vte");
		browser.click("inbox-open-" + caseNumber);
		browser.waitFor("task-outcome-approve");
		browser.screenshot("07-leader-case");
		claimIfOffered();
		browser.click("task-outcome-approve");
		browser.typeIntoArea("task-comment", "ອະນຸມັດຕາມຄຳສະເໜີ.");
		browser.click("task-complete");
		// a final decision asks once more; going back decides nothing
		browser.waitFor("decision-confirm");
		browser.screenshot("08-leader-confirms");
		browser.checkAccessibility("the decision's confirmation");
		browser.click("decision-cancel");
		assertThat(browser.driver().findElements(By.id("task-outcome-approve"))).isNotEmpty();
		browser.click("task-complete");
		browser.click("decision-confirm");
		browser.await().until(ExpectedConditions.invisibilityOfElementLocated(By.id("task-outcome-approve")));
		browser.screenshot("08-leader-approved");
		assertHistoryNamesPeopleInVientianeTime(caseNumber);
		browser.logout();
	}

	/**
	 * The history says who acted by their names (the applicant's company, the officer's
	 * and the leader's full names), never by login names, at the hour Vientiane's clocks
	 * showed.
	 */
	private void assertHistoryNamesPeopleInVientianeTime(String caseNumber) throws IOException {
		browser.click("case-tab-history");
		browser.waitFor("case-timeline");
		browser.screenshot("08-leader-history");
		String history = browser.driver().findElement(By.id("case-timeline")).getText();
		assertThat(history).doesNotContain("officer.vte", "leader.vte");
		List<String> who = browser.driver()
			.findElements(By.cssSelector("#case-timeline .timeline-who"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(who).isNotEmpty().doesNotContain("officer.vte", "leader.vte", "applicant", "system");
		CaseFile caseFile = this.cases.caseByNumber(new Actor("admin", Role.ADMINISTRATOR, "MTC", null), caseNumber);
		DateTimeFormatter minutes = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
		// the domain records local time in the server's zone (a UTC server's clock in CI)
		List<String> vientiane = caseFile.getHistory()
			.stream()
			.map(CaseEvent::getAt)
			.sorted()
			.map((at) -> minutes
				.format(at.atZone(ZoneId.systemDefault()).withZoneSameInstant(ZoneId.of("Asia/Vientiane"))))
			.toList();
		List<String> when = browser.driver()
			.findElements(By.cssSelector("#case-timeline .timeline-when"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(when).isEqualTo(vientiane);
		browser.checkAccessibility("the case history");
	}

	private void claimIfOffered() {
		if (!browser.driver().findElements(By.id("task-claim")).isEmpty()) {
			browser.click("task-claim");
		}
	}

	static Path writeSmallPdf(Path file) throws IOException {
		try (PDDocument pdf = new PDDocument()) {
			PDPage page = new PDPage();
			pdf.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.newLineAtOffset(72, 720);
				content.showText("Enterprise registration certificate");
				content.endText();
			}
			pdf.save(file.toFile());
		}
		return file;
	}

}
