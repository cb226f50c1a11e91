package la.anuyat.document;

import java.time.LocalDateTime;

/**
 * A stored document without its content.
 */
public record DocumentSummary(long id, long caseId, String documentType, String fileName, String mediaType,
		long sizeBytes, String sha256, String uploadedBy, LocalDateTime uploadedAt) {
}
