package la.anuyat.journey;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import la.anuyat.api.ApiClient;
import la.anuyat.api.ApiClient.Answer;
import la.anuyat.api.ApplicationForms;
import la.anuyat.api.PaymentProvider;
import la.anuyat.authority.AuthorityService;
import la.anuyat.casefile.CaseFileService;
import la.anuyat.identity.Actor;
import la.anuyat.identity.Role;
import la.anuyat.inspection.FieldReport;
import la.anuyat.inspection.FieldReports;
import la.anuyat.inspection.InspectionCase;
import la.anuyat.inspection.InspectionCases;
import la.anuyat.inspection.InspectionPlans;
import la.anuyat.inspection.PlanEntry;
import la.anuyat.inspection.SignerRole;
import la.anuyat.inspection.checklist.Checklist;
import la.anuyat.inspection.checklist.InspectionChecklists;
import la.anuyat.inspection.ui.ExifJpegs;
import la.anuyat.licence.LicenceApplications;
import la.anuyat.licence.form.FormField;
import la.anuyat.payment.Invoice;
import la.anuyat.payment.PaymentService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An inspector on a phone (390 px) fills in the field report of an inspection assigned to
 * them: answers the checklist rendered from its definition, records the position the
 * phone gives, takes a photo (a real JPEG with the EXIF time and place a camera writes),
 * lists the equipment found, shows the summary to the business representative, and both
 * sign on the screen with a finger's strokes. The report opens the inspection case, and
 * the case's signed report PDF carries both names and drawn signatures with the photo and
 * the position. Same configuration as {@code H2ApiJourneyTests}, so the classes share one
 * application context.
 */
class FieldReportPhoneBrowserTest extends BrowserJourney {

	private static final double LATITUDE = 17.9757;

	private static final double LONGITUDE = 102.6331;

	private static final String REPRESENTATIVE = "Noy Phommachanh";

	@Autowired
	InspectionPlans plans;

	@Autowired
	InspectionChecklists checklists;

	@Autowired
	FieldReports reports;

	@Autowired
	InspectionCases inspections;

	@Autowired
	AuthorityService authorities;

	@Autowired
	Clock clock;

	@Autowired
	CaseFileService cases;

	@Autowired
	LicenceApplications applications;

	@Autowired
	PaymentService payments;

	@BeforeAll
	static void startBrowser() throws IOException {
		browser = Browser.start(Browser.PHONE);
	}

	@Test
	void anInspectorFillsInSignsAndSendsAFieldReportOnAPhone() throws IOException {
		PlanEntry entry = assignedLicenceInspection();
		Checklist checklist = this.checklists.checklist(entry.getInspectionType().formId()).orElseThrow();
		Path photo = Path.of("target/field-report-shopfront.jpg");
		LocalDateTime taken = LocalDateTime.of(LocalDate.now(this.clock).getYear(), 11, 20, 9, 41, 7);
		Files.write(photo, ExifJpegs.photo(taken, LATITUDE, LONGITUDE));

		ChromeDriver chrome = (ChromeDriver) browser.driver();
		chrome.executeCdpCommand("Browser.grantPermissions", Map.of("permissions", List.of("geolocation")));
		chrome.executeCdpCommand("Emulation.setGeolocationOverride",
				Map.of("latitude", LATITUDE, "longitude", LONGITUDE, "accuracy", 8));
		browser.login("inspector.vte");
		browser.click("mine-" + entry.getId() + "-report");
		browser.waitFor("field-report");
		assertThat(browser.input("fr-licenceNumber").getAttribute("value")).as("the licence from the plan")
			.isEqualTo(entry.getSubjectRef());

		// the checklist as its definition gives it: the first choice (yes) to every check
		// but
		// one, which is answered with its violation
		boolean violation = false;
		for (FormField field : checklist.form().fields()) {
			if (field.key() == null || field.key().contains(".")) {
				continue;
			}
			switch (field.type()) {
				case "radio" -> {
					boolean fail = !violation && field.property(InspectionChecklists.VIOLATION_IF).isPresent();
					violation |= fail;
					choose("fr-" + field.key(), fail ? field.property(InspectionChecklists.VIOLATION_IF).get() : "yes");
				}
				case "number" -> browser.typeInto("fr-" + field.key(), "1");
				case "textarea" -> browser.typeIntoArea("fr-" + field.key(), "Price list missing at the counter.");
				case "textfield" -> {
					if (!"licenceNumber".equals(field.key()) && field.property("xformType").isEmpty()) {
						browser.typeInto("fr-" + field.key(), "REF-1");
					}
				}
				default -> {
				}
			}
		}
		assertThat(violation).as("the checklist has a check that can fail").isTrue();

		browser.click("fr-locate");
		browser.await().until((d) -> d.findElement(By.id("fr-position")).getText().contains("17.97570"));
		assertThat(browser.driver().findElement(By.id("fr-position")).getText()).contains("8");

		browser.upload("fr-photo1", photo);
		browser.await().until((d) -> d.findElement(By.id("fr-photo1-exif")).getText().contains("20/11/"));
		assertThat(browser.driver().findElement(By.id("fr-photo1-exif")).getText()).contains("09:41", "17.97570",
				"102.63310");

		boolean listsEquipment = checklist.form().fields().stream().anyMatch((f) -> "dynamiclist".equals(f.type()));
		if (listsEquipment) {
			browser.click("fr-equipment-add");
			browser.typeInto("fr-equipment-0-manufacturer", "Huawei");
			browser.typeInto("fr-equipment-0-model", "B311-221");
			browser.typeInto("fr-equipment-0-quantity", "3");
		}
		browser.checkNoSidewaysScrolling("the field report");
		browser.checkAccessibility("the field report");
		browser.screenshot("field-report-1-checklist");

		browser.click("fr-summary-show");
		browser.waitFor("fr-summary");
		browser.await().until((d) -> !d.findElements(By.cssSelector("#fr-summary .summary-line")).isEmpty());
		String summary = browser.driver().findElement(By.id("fr-summary")).getText();
		assertThat(summary).contains(entry.getSubjectRef(), "Price list missing", "17.97570");
		if (listsEquipment) {
			assertThat(summary).contains("Huawei B311-221 × 3");
		}
		browser.screenshot("field-report-2-summary");

		browser.typeInto("fr-representative-name", REPRESENTATIVE);
		sign("fr-sign-inspector");
		// sent before the representative signed: refused, and nothing on the page is lost
		browser.click("fr-submit");
		browser.await().until((d) -> !d.findElement(By.id("fr-result")).getText().isBlank());
		String refusal = browser.driver().findElement(By.id("fr-result")).getText();
		assertThat(refusal).contains("ຜູ້ຕາງໜ້າທຸລະກິດ");
		assertThat(browser.input("fr-representative-name").getAttribute("value")).isEqualTo(REPRESENTATIVE);
		assertThat(browser.driver().findElement(By.id("fr-sign-inspector")).getDomAttribute("signed")).isNotNull();
		assertThat(browser.driver().findElement(By.id("fr-photo1-exif")).getDomProperty("textContent"))
			.contains("09:41");
		sign("fr-sign-representative");
		browser.screenshot("field-report-3-signed");

		browser.click("fr-submit");
		browser.await().until((d) -> !d.findElement(By.id("fr-result")).getText().equals(refusal));
		String sent = browser.driver().findElement(By.id("fr-result")).getText();
		browser.screenshot("field-report-4-sent");
		Matcher number = Pattern.compile("(\\d+)").matcher(sent);
		assertThat(number.find()).as(sent).isTrue();
		long reportId = Long.parseLong(number.group(1));
		browser.logout();

		FieldReport report = this.reports.reportById(reportId).orElseThrow();
		assertThat(report.getInspectorUsername()).isEqualTo("inspector.vte");
		assertThat(report.getAccuracy()).isEqualTo(8.0);
		assertThat(this.reports.signaturesOf(reportId)).extracting((one) -> one.getRole())
			.containsExactly(SignerRole.INSPECTOR, SignerRole.REPRESENTATIVE);
		InspectionCase inspection = this.inspections.ofReport(reportId).orElseThrow();
		assertThat(inspection.isClean()).isFalse();
		Actor officer = this.authorities.staffByUsername("officer.vte").orElseThrow().toActor();
		byte[] pdf = this.inspections.reportPdf(officer, inspection.getCaseNumber());
		Files.write(Path.of("target/screenshots/field-report-" + inspection.getCaseNumber() + ".pdf"), pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getSignatureDictionaries()).as("signed by the authority").hasSize(1);
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains(inspection.getCaseNumber(), "Inspector's signature",
					"Business representative's signature", REPRESENTATIVE, "17.975700, 102.633100",
					"Photo 1 taken (EXIF)");
			List<PDImageXObject> images = new ArrayList<>();
			for (PDPage page : document.getPages()) {
				collectImages(page.getResources(), images);
			}
			// the photo as taken, and two strokes drawn on the phone's screen (wider than
			// tall)
			assertThat(images).anySatisfy((image) -> assertThat(image.getWidth()).isEqualTo(640));
			assertThat(images.stream().filter((image) -> image.getWidth() > image.getHeight() * 1.5))
				.as("both signatures")
				.hasSizeGreaterThanOrEqualTo(2);
		}
	}

	/**
	 * An ad hoc inspection of a licence just issued in Vientiane Capital (applied for,
	 * decided and paid through the API), assigned to the inspector.
	 */
	private PlanEntry assignedLicenceInspection() {
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
		Actor admin = new Actor("admin", Role.ADMINISTRATOR, "MTC", null);
		Invoice invoice = this.payments.invoiceOfCase(admin, caseNumber).orElseThrow();
		PaymentProvider.Sent paid = new PaymentProvider(this.port, PaymentProvider.DEMO_SECRET)
			.pay("TX-" + invoice.getInvoiceNumber(), invoice.getPaymentReference(), invoice.getAmountKip());
		assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
		String licenceNumber = this.applications.licenceIssuedBy(this.cases.caseByNumber(admin, caseNumber))
			.orElseThrow();

		Actor leader = this.authorities.staffByUsername("leader.vte").orElseThrow().toActor();
		LocalDate today = LocalDate.now(this.clock);
		PlanEntry entry = this.plans.startAdHoc(leader, "VTE", new InspectionPlans.Subject(licenceNumber, null), today,
				"Price list reported missing", null);
		this.plans.assign(leader, entry.getId(), List.of("inspector.vte"), today);
		return entry;
	}

	/** Picks the option of this value in a Vaadin radio group, as a user taps it. */
	private static void choose(String groupId, String value) {
		browser.awaitVaadin();
		List<WebElement> options = browser.driver()
			.findElements(By.cssSelector("#" + groupId + " vaadin-radio-button"));
		// the options are in the definition's order: yes, then no
		WebElement option = options.get("yes".equals(value) ? 0 : 1);
		((org.openqa.selenium.JavascriptExecutor) browser.driver())
			.executeScript("arguments[0].scrollIntoView({block: 'center'})", option);
		option.findElement(By.cssSelector("label")).click();
		browser.awaitVaadin();
		browser.await().until((d) -> option.getDomAttribute("checked") != null);
	}

	/** A signature drawn with the pointer, stroke by stroke, on the signature field. */
	private static void sign(String id) {
		WebElement pad = browser.driver().findElement(By.id(id));
		((org.openqa.selenium.JavascriptExecutor) browser.driver())
			.executeScript("arguments[0].scrollIntoView({block: 'center'})", pad);
		new Actions(browser.driver()).moveToElement(pad, -120, 10)
			.clickAndHold()
			.moveByOffset(30, -40)
			.moveByOffset(30, 50)
			.moveByOffset(30, -45)
			.moveByOffset(40, 40)
			.moveByOffset(50, -30)
			.release()
			.perform();
		browser.awaitVaadin();
		browser.await().until((d) -> pad.getDomAttribute("signed") != null);
	}

	private static void collectImages(PDResources resources, List<PDImageXObject> images) throws IOException {
		if (resources == null) {
			return;
		}
		for (COSName name : resources.getXObjectNames()) {
			PDXObject object = resources.getXObject(name);
			if (object instanceof PDImageXObject image) {
				images.add(image);
			}
			else if (object instanceof PDFormXObject form) {
				collectImages(form.getResources(), images);
			}
		}
	}

}
