package la.anuyat.inspection;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import la.anuyat.document.DocumentService;
import la.anuyat.inspection.internal.FieldReportMediaRepository;
import la.anuyat.inspection.internal.FieldReportRepository;
import la.anuyat.inspection.internal.FieldReportSignatureRepository;
import la.anuyat.shared.InvalidInputException;
import la.anuyat.shared.LocalizedText;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives the field reports inspectors' devices send: checks everything before storing
 * anything (a position inside the country, photos that are photos and not too large), and
 * keeps each report once however often a device resends it.
 */
@Service
public class FieldReports {

	private final FieldReportRepository reports;

	private final FieldReportMediaRepository media;

	private final FieldReportSignatureRepository signatures;

	private final DocumentService documents;

	private final SurveyArea area;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	public FieldReports(FieldReportRepository reports, FieldReportMediaRepository media,
			FieldReportSignatureRepository signatures, DocumentService documents, SurveyArea area, Clock clock,
			ApplicationEventPublisher events) {
		this.signatures = signatures;
		this.events = events;
		this.reports = reports;
		this.media = media;
		this.documents = documents;
		this.area = area;
		this.clock = clock;
	}

	/**
	 * Stores a report sent by an enrolled device, or finds the one already stored under
	 * its instance id.
	 * @throws InvalidInputException {@code fieldReport.positionMissing},
	 * {@code fieldReport.outsideArea}, {@code fieldReport.notAPhoto} or the upload
	 * checks' codes; nothing is stored then
	 */
	@Transactional
	public Receipt receive(InspectorDevice device, FieldSubmission submission, List<MediaFile> files) {
		return store(device.getInspectorUsername(), device.getId(), submission, files, List.of());
	}

	/**
	 * Stores a report filled in the browser by the inspector signed in, signed on the
	 * premises by the inspector and the business representative; or finds the one already
	 * stored under its instance id (a submit repeated after the signal dropped).
	 * @throws InvalidInputException as {@link #receive}, and
	 * {@code fieldReport.signatureMissing} or {@code fieldReport.signatureNotAPicture}
	 * when a signature is missing, unnamed or not a PNG picture; nothing is stored then
	 */
	@Transactional
	public Receipt receiveSigned(String inspectorUsername, FieldSubmission submission, List<MediaFile> files,
			List<Signature> signed) {
		if (this.reports.findByInstanceId(submission.instanceId()).isEmpty()) {
			checkSignatures(signed);
		}
		return store(inspectorUsername, null, submission, files, signed);
	}

	private Receipt store(String username, Long deviceId, FieldSubmission submission, List<MediaFile> files,
			List<Signature> signed) {
		Optional<FieldReport> known = this.reports.findByInstanceId(submission.instanceId());
		if (known.isPresent()) {
			return new Receipt(known.get().getId(), submission.instanceId(), true);
		}
		Geopoint position = submission.position();
		if (position == null) {
			throw new InvalidInputException("fieldReport.positionMissing",
					LocalizedText.of("ລາຍງານບໍ່ມີຈຸດທີ່ຕັ້ງ (GPS)", "The report has no position (GPS)"));
		}
		if (!this.area.contains(position)) {
			throw new InvalidInputException("fieldReport.outsideArea",
					LocalizedText.of(
							"ຈຸດທີ່ຕັ້ງ " + position.latitude() + ", " + position.longitude() + " ຢູ່ນອກ ສປປ ລາວ",
							"The position " + position.latitude() + ", " + position.longitude() + " is outside Laos"));
		}
		List<DocumentService.CheckedFile> photos = new ArrayList<>();
		for (MediaFile file : files) {
			DocumentService.CheckedFile checked = this.documents.checkAcceptable(file.fileName(), file.content());
			if (!checked.mediaType().startsWith("image/")) {
				throw new InvalidInputException("fieldReport.notAPhoto",
						LocalizedText.of("ໄຟລ໌ " + checked.fileName() + " ບໍ່ແມ່ນຮູບຖ່າຍ (JPEG ຫຼື PNG)",
								"The file " + checked.fileName() + " is not a photo (JPEG or PNG)"));
			}
			photos.add(checked);
		}
		FieldReport report = this.reports
			.save(new FieldReport(submission, username, deviceId, LocalDateTime.now(this.clock)));
		for (DocumentService.CheckedFile photo : photos) {
			this.media.save(new FieldReportMedia(report.getId(), photo.fileName(), photo.mediaType(),
					sha256(photo.content()), photo.content()));
		}
		for (Signature signature : signed) {
			this.signatures.save(new FieldReportSignature(report.getId(), signature.role(), signature.name().strip(),
					signature.png(), sha256(signature.png())));
		}
		// the plan marks the inspection it completes done, in the same transaction
		this.events.publishEvent(new FieldReportReceived(report.getId(), submission.formId(),
				submission.licenceNumber(), submission.assignmentReference(), username,
				report.getReceivedAt().toLocalDate(), report.getLatitude(), report.getLongitude()));
		return new Receipt(report.getId(), submission.instanceId(), false);
	}

	/** Both signers, each once, named, with a drawn picture that is a PNG. */
	private void checkSignatures(List<Signature> signed) {
		Set<SignerRole> seen = new java.util.HashSet<>();
		for (Signature signature : signed) {
			boolean named = signature.name() != null && !signature.name().isBlank()
					&& signature.name().strip().length() <= 200;
			if (signature.role() == null || !named || signature.png() == null || signature.png().length == 0
					|| !seen.add(signature.role())) {
				throw signatureMissing(signature.role());
			}
			DocumentService.CheckedFile checked = this.documents.checkAcceptable(
					signature.role().name().toLowerCase(java.util.Locale.ROOT) + "-signature.png", signature.png());
			if (!"image/png".equals(checked.mediaType())) {
				throw new InvalidInputException("fieldReport.signatureNotAPicture",
						LocalizedText.of("ລາຍເຊັນບໍ່ແມ່ນຮູບ PNG", "The signature is not a PNG picture"));
			}
		}
		for (SignerRole role : SignerRole.values()) {
			if (!seen.contains(role)) {
				throw signatureMissing(role);
			}
		}
	}

	private static InvalidInputException signatureMissing(SignerRole role) {
		return (role == SignerRole.REPRESENTATIVE)
				? new InvalidInputException("fieldReport.signatureMissing",
						LocalizedText.of("ຜູ້ຕາງໜ້າທຸລະກິດຍັງບໍ່ໄດ້ລົງຊື່ ແລະ ລາຍເຊັນ",
								"The business representative's name and signature are missing"))
				: new InvalidInputException("fieldReport.signatureMissing", LocalizedText
					.of("ຜູ້ກວດກາຍັງບໍ່ໄດ້ລົງຊື່ ແລະ ລາຍເຊັນ", "The inspector's name and signature are missing"));
	}

	@Transactional(readOnly = true)
	public Optional<FieldReport> reportById(long id) {
		return this.reports.findById(id);
	}

	@Transactional(readOnly = true)
	public Optional<FieldReport> report(String instanceId) {
		return this.reports.findByInstanceId(instanceId);
	}

	@Transactional(readOnly = true)
	public List<FieldReportMedia> mediaOf(long reportId) {
		return this.media.findByFieldReportIdOrderById(reportId);
	}

	/**
	 * The report's signatures, the inspector's first; none for a report from a device.
	 */
	@Transactional(readOnly = true)
	public List<FieldReportSignature> signaturesOf(long reportId) {
		return this.signatures.findByFieldReportIdOrderByRoleAsc(reportId);
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	/**
	 * What became of a submission.
	 *
	 * @param duplicate whether the report had been received before (and was not stored
	 * again)
	 */
	public record Receipt(long reportId, String instanceId, boolean duplicate) {
	}

}
