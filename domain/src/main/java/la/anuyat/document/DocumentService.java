package la.anuyat.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import la.anuyat.audit.AuditTrail;
import la.anuyat.identity.Actor;
import la.anuyat.document.internal.DocumentContent;
import la.anuyat.document.internal.DocumentContentRepository;
import la.anuyat.document.internal.StoredDocumentRepository;
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

	private final TextExtractor textExtractor;

	private final AcceptableDocument acceptable;

	private final AuditTrail audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final FileNames fileNames;

	public DocumentService(StoredDocumentRepository documents, DocumentContentRepository contents,
			MediaTypeDetector detector, TextExtractor textExtractor, AuditTrail audit, Clock clock,
			ApplicationEventPublisher events, @Value("${anuyat.documents.max-size:20MB}") DataSize maxSize,
			@Value("${anuyat.documents.max-file-name-length:255}") int maxFileNameLength) {
		this.documents = documents;
		this.fileNames = new FileNames(maxFileNameLength);
		this.contents = contents;
		this.textExtractor = textExtractor;
		this.acceptable = new AcceptableDocument(maxSize, detector);
		this.audit = audit;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Stores a file for a case, checked by its content and size, audited and indexed. The
	 * case feature decides who may add what to which case ({@code CaseDocuments}); this
	 * keeps the file.
	 * @param delegationReference the written delegation the actor acts under, or null
	 */
	public StoredDocument store(Actor actor, CaseReference theCase, String documentType, String fileName,
			byte[] content, String delegationReference) {
		if (documentType == null || documentType.isBlank()) {
			throw new InvalidInputException("document.typeMissing",
					LocalizedText.of("ກະລຸນາເລືອກປະເພດເອກະສານ", "Choose the kind of document"),
					List.of(new FieldError("documentType",
							LocalizedText.of("ກະລຸນາເລືອກປະເພດເອກະສານ", "Choose the kind of document"))));
		}
		String type = documentType.strip();
		String name = this.fileNames.normalise(fileName);
		String mediaType = this.acceptable.check(name, content);
		String sha256 = sha256(content);
		String text = this.textExtractor.extract(content, mediaType);
		StoredDocument document = this.documents.save(new StoredDocument(theCase.id(), type, name, mediaType,
				content.length, sha256, (text == null) ? "" : text, actor.username(), LocalDateTime.now(this.clock)));
		this.contents.save(new DocumentContent(document.getId(), content.clone()));
		this.audit.record(actor.username(), "document.stored", "case", theCase.number(), "document=" + document.getId()
				+ " type=" + type + " file=" + name + " media=" + mediaType + " sha256=" + sha256, delegationReference);
		this.events.publishEvent(new DocumentStored(theCase.id(), document.getId()));
		return document;
	}

	/** The case a document is stored for: its id and, for the audit trail, its number. */
	public record CaseReference(long id, String number) {
	}

	/** The types of the documents a case has. */
	@Transactional(readOnly = true)
	public Set<String> documentTypesOfCase(long caseId) {
		return this.documents.documentTypesOfCase(caseId);
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
