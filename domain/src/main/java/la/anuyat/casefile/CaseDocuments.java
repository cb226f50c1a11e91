package la.anuyat.casefile;

import java.util.List;

import la.anuyat.authority.AuthorityService;
import la.anuyat.casefile.internal.RequiredDocuments;
import la.anuyat.document.ChecklistDocument;
import la.anuyat.document.DocumentService;
import la.anuyat.document.DocumentService.CaseReference;
import la.anuyat.document.DocumentSummary;
import la.anuyat.document.StoredDocument;
import la.anuyat.identity.Actor;
import la.anuyat.shared.ConflictException;
import la.anuyat.shared.FieldError;
import la.anuyat.shared.InvalidInputException;
import la.anuyat.shared.LocalizedText;
import la.anuyat.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents of a case: who may add which to which case, in which state of the case.
 * The documents feature keeps and checks the files; the case decides what may be added.
 */
@Service
@Transactional
public class CaseDocuments {

	private final CaseFileService cases;

	private final DocumentService documents;

	private final RequiredDocuments requiredDocuments;

	private final AuthorityService authorities;

	CaseDocuments(CaseFileService cases, DocumentService documents, RequiredDocuments requiredDocuments,
			AuthorityService authorities) {
		this.cases = cases;
		this.documents = documents;
		this.requiredDocuments = requiredDocuments;
		this.authorities = authorities;
	}

	/**
	 * Stores a document of the case's checklist: by its applicant while the case is a
	 * draft or awaits more information, or by staff with jurisdiction over the case.
	 */
	public StoredDocument store(Actor actor, long caseId, String documentType, String fileName, byte[] content) {
		CaseFile caseFile = visibleCase(actor, caseId);
		if (actor.isApplicant() && caseFile.getStatus() != CaseStatus.DRAFT
				&& caseFile.getStatus() != CaseStatus.INFO_REQUESTED) {
			throw new ConflictException("document.caseLocked",
					LocalizedText.of("ບໍ່ສາມາດເພີ່ມເອກະສານໃສ່ຄຳຮ້ອງທີ່ສົ່ງແລ້ວໄດ້ ນອກຈາກເມື່ອມີການຂໍຂໍ້ມູນເພີ່ມເຕີມ",
							"Documents can be added to a submitted case only when more information is requested"));
		}
		if (documentType != null && !documentType.isBlank()) {
			requireChecklistType(caseFile, documentType.strip());
		}
		return this.documents.store(actor, referenceTo(caseFile), documentType, fileName, content,
				this.authorities.delegationReferenceOf(actor));
	}

	/**
	 * Stores a record that staff keep on a case outside its document checklist (e.g. the
	 * scan of a fee receipt), checked like every upload: staff with jurisdiction over the
	 * case only.
	 */
	public StoredDocument storeStaffRecord(Actor staff, long caseId, String recordType, String fileName,
			byte[] content) {
		if (staff == null || !staff.isStaff()) {
			throw notFound(this.cases.caseById(caseId));
		}
		CaseFile caseFile = visibleCase(staff, caseId);
		return this.documents.store(staff, referenceTo(caseFile), recordType, fileName, content,
				this.authorities.delegationReferenceOf(staff));
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

	/** The checklist of the case, for its type and kind of application. */
	@Transactional(readOnly = true)
	public List<ChecklistDocument> checklistOf(CaseFile caseFile) {
		return this.requiredDocuments.checklistOf(caseFile);
	}

	@Transactional(readOnly = true)
	public List<DocumentSummary> documentsOf(long caseId) {
		return this.documents.documentsOf(caseId);
	}

	private CaseFile visibleCase(Actor actor, long caseId) {
		CaseFile caseFile = this.cases.caseById(caseId);
		if (!CaseFileService.visibleTo(actor, caseFile)) {
			throw notFound(caseFile);
		}
		return caseFile;
	}

	private void requireChecklistType(CaseFile caseFile, String documentType) {
		List<ChecklistDocument> allowed = checklistOf(caseFile);
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

	private static CaseReference referenceTo(CaseFile caseFile) {
		return new CaseReference(caseFile.getId(), caseFile.getCaseNumber());
	}

	private static NotFoundException notFound(CaseFile caseFile) {
		return new NotFoundException("case.notFound", LocalizedText.of("ບໍ່ພົບຄຳຮ້ອງ " + caseFile.getCaseNumber(),
				"No such case: " + caseFile.getCaseNumber()));
	}

}
