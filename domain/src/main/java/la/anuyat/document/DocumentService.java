package la.anuyat.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;

import la.anuyat.audit.AuditTrail;
import la.anuyat.identity.Actor;
import la.anuyat.authority.AuthorityService;
import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.CaseFileService;
import la.anuyat.casefile.CaseStatus;
import la.anuyat.document.internal.DocumentContent;
import la.anuyat.document.internal.DocumentContentRepository;
import la.anuyat.document.internal.StoredDocumentRepository;
import la.anuyat.shared.ConflictException;
import la.anuyat.shared.FieldError;
import la.anuyat.shared.InvalidInputException;
import la.anuyat.shared.LocalizedText;
import la.anuyat.shared.NotFoundException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Files attached to cases, kept in the database with their SHA-256, detected type and
 * text.
 */
@Service
@Transactional
public class DocumentService {

	private final StoredDocumentRepository documents;

	private final DocumentContentRepository contents;

	private final CaseFileService cases;

	private final AuthorityService authorities;

	private final TextExtractor textExtractor;

	private final AcceptableDocument acceptable;

	private final AuditTrail audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final DocumentChecklist checklist;

	private final RequiredDocuments requiredDocuments;

	private final FileNames fileNames;

	public DocumentService(StoredDocumentRepository documents, DocumentContentRepository contents,
			CaseFileService cases, AuthorityService authorities, MediaTypeDetector detector,
			TextExtractor textExtractor, AuditTrail audit, Clock clock, ApplicationEventPublisher events,
			@Value("${anuyat.documents.max-size:20MB}") DataSize maxSize, DocumentChecklist checklist,
			RequiredDocuments requiredDocuments,
			@Value("${anuyat.documents.max-file-name-length:255}") int maxFileNameLength) {
		this.documents = documents;
		this.checklist = checklist;
		this.requiredDocuments = requiredDocuments;
		this.fileNames = new FileNames(maxFileNameLength);
		this.contents = contents;
		this.cases = cases;
		this.authorities = authorities;
		this.textExtractor = textExtractor;
		this.acceptable = new AcceptableDocument(maxSize, detector);
		this.audit = audit;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Stores a file for a case: by its applicant while the case is a draft or awaits more
	 * information, or by staff with jurisdiction over the case.
	 */
	public StoredDocument store(Actor actor, long caseId, String documentType, String fileName, byte[] content) {
		CaseFile caseFile = this.cases.caseById(caseId);
		if (!CaseFileService.visibleTo(actor, caseFile)) {
			throw new NotFoundException("case.notFound", LocalizedText.of("ບໍ່ພົບຄຳຮ້ອງ " + caseFile.getCaseNumber(),
					"No such case: " + caseFile.getCaseNumber()));
		}
		if (actor.isApplicant() && caseFile.getStatus() != CaseStatus.DRAFT
				&& caseFile.getStatus() != CaseStatus.INFO_REQUESTED) {
			throw new ConflictException("document.caseLocked",
					LocalizedText.of("ບໍ່ສາມາດເພີ່ມເອກະສານໃສ່ຄຳຮ້ອງທີ່ສົ່ງແລ້ວໄດ້ ນອກຈາກເມື່ອມີການຂໍຂໍ້ມູນເພີ່ມເຕີມ",
							"Documents can be added to a submitted case only when more information is requested"));
		}
		if (documentType == null || documentType.isBlank()) {
			throw new InvalidInputException("document.typeMissing",
					LocalizedText.of("ກະລຸນາເລືອກປະເພດເອກະສານ", "Choose the kind of document"),
					List.of(new FieldError("documentType",
							LocalizedText.of("ກະລຸນາເລືອກປະເພດເອກະສານ", "Choose the kind of document"))));
		}
		requireChecklistType(caseFile, documentType.strip());
		return save(actor, caseFile, documentType.strip(), fileName, content);
	}

	/**
	 * Stores a record that staff keep on a case outside its document checklist (e.g. the
	 * scan of a fee receipt), checked like every upload: staff with jurisdiction over the
	 * case only.
	 */
	public StoredDocument storeStaffRecord(Actor staff, long caseId, String recordType, String fileName,
			byte[] content) {
		CaseFile caseFile = this.cases.caseById(caseId);
		if (staff == null || !staff.isStaff() || !CaseFileService.visibleTo(staff, caseFile)) {
			throw new NotFoundException("case.notFound", LocalizedText.of("ບໍ່ພົບຄຳຮ້ອງ " + caseFile.getCaseNumber(),
					"No such case: " + caseFile.getCaseNumber()));
		}
		return save(staff, caseFile, recordType, fileName, content);
	}

	private StoredDocument save(Actor actor, CaseFile caseFile, String documentType, String fileName, byte[] content) {
		long caseId = caseFile.getId();
		String name = this.fileNames.normalise(fileName);
		String mediaType = this.acceptable.check(name, content);
		String sha256 = sha256(content);
		String text = this.textExtractor.extract(content, mediaType);
		StoredDocument document = this.documents.save(new StoredDocument(caseId, documentType, name, mediaType,
				content.length, sha256, (text == null) ? "" : text, actor.username(), LocalDateTime.now(this.clock)));
		this.contents.save(new DocumentContent(document.getId(), content.clone()));
		this.audit.record(
				actor.username(), "document.stored", "case", caseFile.getCaseNumber(), "document=" + document.getId()
						+ " type=" + documentType + " file=" + name + " media=" + mediaType + " sha256=" + sha256,
				this.authorities.delegationReferenceOf(actor));
		this.events.publishEvent(new DocumentStored(caseId, document.getId()));
		return document;
	}

	/**
	 * The required documents of the case's checklist that are not uploaded yet: the rule
	 * that {@link CaseFileService#submit} applies, for views that tell before they offer
	 * to submit.
	 */
	@Transactional(readOnly = true)
	public List<ChecklistDocument> missingDocuments(long caseId) {
		return this.requiredDocuments.missing(this.cases.caseById(caseId));
	}

	@Transactional(readOnly = true)
	public List<DocumentSummary> documentsOf(long caseId) {
		return this.documents.findByCaseIdOrderByUploadedAtAscIdAsc(caseId)
			.stream()
			.map(StoredDocument::summary)
			.toList();
	}

	@Transactional(readOnly = true)
	public StoredDocument document(long id) {
		return this.documents.findById(id).orElseThrow(() -> notFound(id));
	}

	@Transactional(readOnly = true)
	public byte[] content(long documentId) {
		return this.contents.findById(documentId)
			.map(DocumentContent::getContent)
			.orElseThrow(() -> notFound(documentId));
	}

	/**
	 * What uploads accept (kinds of file, largest size), to tell the applicant before
	 * they choose a file.
	 */
	public LocalizedText uploadRules() {
		return this.acceptable.rules();
	}

	/**
	 * Checks a file that is not an application's document (a delegation's scanned letter,
	 * a receipt) as uploads are checked: by its content, and its size.
	 * @return the file under its normalised name, with its detected media type
	 * @throws la.anuyat.shared.InvalidInputException when it is empty, of a kind not
	 * accepted or badly named
	 */
	public CheckedFile checkAcceptable(String fileName, byte[] content) {
		String name = this.fileNames.normalise(fileName);
		return new CheckedFile(name, this.acceptable.check(name, content), content);
	}

	/** A file checked as uploads are. */
	public record CheckedFile(String fileName, String mediaType, byte[] content) {
	}

	/**
	 * The largest accepted file.
	 */
	public DataSize maxSize() {
		return this.acceptable.maxSize();
	}

	private void requireChecklistType(CaseFile caseFile, String documentType) {
		List<ChecklistDocument> allowed = this.checklist.documentsOf(caseFile);
		if (allowed.stream().noneMatch((document) -> document.type().equals(documentType))) {
			String types = String.join(", ", allowed.stream().map(ChecklistDocument::type).toList());
			String shown = (documentType.length() > 40) ? documentType.substring(0, 40) + "…" : documentType;
			LocalizedText text = LocalizedText.of(
					"ປະເພດເອກະສານ \"" + shown + "\" ບໍ່ມີໃນລາຍການເອກະສານຂອງຄຳຮ້ອງນີ້. ເລືອກໄດ້: " + types,
					"The document type \"" + shown + "\" is not on this application's document checklist. Allowed: "
							+ types);
			throw new InvalidInputException("document.unknownType", text,
					List.of(new FieldError("documentType", text)));
		}
	}

	private static NotFoundException notFound(long id) {
		return new NotFoundException("document.notFound", LocalizedText.of("ບໍ່ພົບເອກະສານ", "No such document: " + id));
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
