package la.anuyat.inspection.ui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import la.anuyat.api.ApiClient;
import la.anuyat.authority.AuthorityService;
import la.anuyat.identity.Actor;
import la.anuyat.inspection.FieldReport;
import la.anuyat.inspection.FieldReports;
import la.anuyat.inspection.MediaFile;
import la.anuyat.inspection.Signature;
import la.anuyat.inspection.SignerRole;
import la.anuyat.shared.DomainException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A field report sent from the browser goes down the devices' path and is refused, with a
 * reason in both languages and nothing stored, for a position outside Laos, a disguised
 * or oversized photo, a required answer missing and a signature missing or not a picture;
 * a good one is stored once with its photo's EXIF time and place and both signatures.
 * Same configuration as the browser journeys, so the classes share one application
 * context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.jpa.show-sql=false", "logging.level.org.camunda=WARN" })
@ActiveProfiles("demo")
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:anuyat-api-tests;DB_CLOSE_DELAY=-1",
		"anuyat.data-dir=target/test-data/h2" })
class FieldReportSubmissionTest {

	private static final String FORM = "inspection-ict-shop";

	private static final String VIENTIANE = "17.9667 102.6000 170 5";

	private static final LocalDateTime TAKEN = LocalDateTime.of(2026, 11, 20, 9, 41, 7);

	@Autowired
	FieldReportSubmission submission;

	@Autowired
	FieldReports reports;

	@Autowired
	AuthorityService authorities;

	@Test
	void aSignedReportIsStoredOnceWithItsPhotosTimeAndPlaceAndBothSignatures() throws IOException {
		String instanceId = newId();
		byte[] photo = ExifJpegs.photo(TAKEN, 17.9667, 102.6);
		FieldReports.Receipt first = send(instanceId, answers(VIENTIANE), List.of(new MediaFile("photo1.jpg", photo)),
				signatures());
		assertThat(first.duplicate()).isFalse();
		FieldReport report = this.reports.report(instanceId).orElseThrow();
		assertThat(report.getDeviceId()).as("sent from the browser, not a device").isNull();
		assertThat(report.getInspectorUsername()).isEqualTo("inspector.vte");
		assertThat(report.getAccuracy()).isEqualTo(5.0);
		assertThat(this.reports.mediaOf(report.getId())).singleElement().satisfies((kept) -> {
			assertThat(kept.getMediaType()).isEqualTo("image/jpeg");
			assertThat(kept.getTakenAt()).isEqualTo(TAKEN);
			assertThat(kept.getTakenLatitude()).isCloseTo(17.9667, org.assertj.core.data.Offset.offset(1e-4));
			assertThat(kept.getTakenLongitude()).isCloseTo(102.6, org.assertj.core.data.Offset.offset(1e-4));
		});
		assertThat(this.reports.signaturesOf(report.getId())).extracting((one) -> one.getRole() + ":" + one.getName())
			.containsExactly("INSPECTOR:Somchai Inspector", "REPRESENTATIVE:Noy Shopkeeper");

		// the page sends again after the signal dropped: one report
		FieldReports.Receipt again = send(instanceId, answers(VIENTIANE), List.of(new MediaFile("photo1.jpg", photo)),
				signatures());
		assertThat(again.duplicate()).isTrue();
		assertThat(again.reportId()).isEqualTo(first.reportId());
		assertThat(this.reports.signaturesOf(report.getId())).hasSize(2);
	}

	@Test
	void aPositionOutsideLaosIsRefusedAndNothingStored() throws IOException {
		// Bangkok
		refused(answers("13.7563 100.5018 5 8"), List.of(), signatures(), "fieldReport.outsideArea", "outside Laos");
	}

	@Test
	void aDisguisedPhotoIsRefusedAndNothingStored() throws IOException {
		refused(answers(VIENTIANE), List.of(new MediaFile("photo1.jpg", ApiClient.pdf("not a photo"))), signatures(),
				null, null);
	}

	@Test
	void anOversizedPhotoIsRefusedAndNothingStored() throws IOException {
		byte[] photo = ExifJpegs.photo(TAKEN, 17.9667, 102.6);
		byte[] oversized = java.util.Arrays.copyOf(photo, 21 * 1024 * 1024);
		refused(answers(VIENTIANE), List.of(new MediaFile("photo1.jpg", oversized)), signatures(), null, null);
	}

	@Test
	void aMissingRequiredAnswerIsRefusedAndNothingStored() throws IOException {
		Map<String, String> answers = answers(VIENTIANE);
		answers.remove("pricesDisplayed");
		refused(answers, List.of(), signatures(), "fieldReport.missingAnswer", "Prices displayed");
	}

	@Test
	void aMissingOrFakeSignatureIsRefusedAndNothingStored() throws IOException {
		List<Signature> inspectorOnly = List.of(signatures().get(0));
		refused(answers(VIENTIANE), List.of(), inspectorOnly, "fieldReport.signatureMissing", "representative");
		List<Signature> unnamed = List.of(signatures().get(0),
				new Signature(SignerRole.REPRESENTATIVE, "  ", signatures().get(1).png()));
		refused(answers(VIENTIANE), List.of(), unnamed, "fieldReport.signatureMissing", "representative");
		List<Signature> notDrawn = List.of(new Signature(SignerRole.INSPECTOR, "Somchai Inspector", null),
				signatures().get(1));
		refused(answers(VIENTIANE), List.of(), notDrawn, "fieldReport.signatureMissing", "inspector");
		List<Signature> aJpeg = List.of(signatures().get(0),
				new Signature(SignerRole.REPRESENTATIVE, "Noy Shopkeeper", ExifJpegs.photo(TAKEN, 17.9, 102.6)));
		refused(answers(VIENTIANE), List.of(), aJpeg, "fieldReport.signatureNotAPicture", "PNG");
	}

	private void refused(Map<String, String> answers, List<MediaFile> photos, List<Signature> signatures, String code,
			String reason) {
		String instanceId = newId();
		assertThatThrownBy(() -> send(instanceId, answers, photos, signatures))
			.isInstanceOfSatisfying(DomainException.class, (refusal) -> {
				if (code != null) {
					assertThat(refusal.code()).isEqualTo(code);
					assertThat(refusal.text().en()).contains(reason);
				}
				assertThat(refusal.text().lo()).as("a reason in Lao too").matches("(?s).*[\\u0E80-\\u0EFF].*");
			});
		assertThat(this.reports.report(instanceId)).as("nothing stored").isEmpty();
	}

	private FieldReports.Receipt send(String instanceId, Map<String, String> answers, List<MediaFile> photos,
			List<Signature> signatures) {
		Actor inspector = this.authorities.staffByUsername("inspector.vte").orElseThrow().toActor();
		Map<String, String> given = new LinkedHashMap<>(answers);
		if (!photos.isEmpty()) {
			given.put("photo1", photos.get(0).fileName());
		}
		return this.submission.submit(inspector, FORM, instanceId, given,
				Map.of("equipment", List.of(Map.of("manufacturer", "Huawei", "model", "B311", "quantity", "2"))),
				photos, signatures);
	}

	private static Map<String, String> answers(String position) {
		Map<String, String> answers = new LinkedHashMap<>();
		answers.put("licenceNumber", "NO-SUCH-LICENCE-1");
		answers.put("licenceDisplayed", "yes");
		answers.put("licenceValid", "yes");
		answers.put("pricesDisplayed", "no");
		answers.put("findings", "Price list missing at the counter.");
		answers.put("position", position);
		return answers;
	}

	static List<Signature> signatures() throws IOException {
		return List.of(new Signature(SignerRole.INSPECTOR, "Somchai Inspector", stroke()),
				new Signature(SignerRole.REPRESENTATIVE, "Noy Shopkeeper", stroke()));
	}

	/** A signature as the screen gives it: a stroke on a transparent PNG. */
	private static byte[] stroke() throws IOException {
		BufferedImage image = new BufferedImage(300, 120, BufferedImage.TYPE_INT_ARGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(0x0b2a5b));
		graphics.setStroke(new BasicStroke(3));
		graphics.drawPolyline(new int[] { 20, 60, 100, 140, 200, 260 }, new int[] { 90, 30, 95, 35, 80, 40 }, 6);
		graphics.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	private static String newId() {
		return "uuid:" + UUID.randomUUID();
	}

}
