package la.anuyat.document;

import java.util.Set;

import la.anuyat.shared.InvalidInputException;
import la.anuyat.shared.LocalizedText;
import la.anuyat.shared.TooLargeException;

import org.springframework.util.unit.DataSize;

/**
 * The rule for uploads: PDF, JPEG, PNG or DOCX as told by the content (a program renamed
 * to .pdf is still a program), no larger than the configured limit.
 */
public final class AcceptableDocument {

	public static final Set<String> ACCEPTED = Set.of("application/pdf", "image/jpeg", "image/png",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private final DataSize maxSize;

	private final MediaTypeDetector detector;

	public AcceptableDocument(DataSize maxSize, MediaTypeDetector detector) {
		this.maxSize = maxSize;
		this.detector = detector;
	}

	/**
	 * @return the detected media type of an acceptable document
	 * @throws InvalidInputException {@code document.tooLarge}, {@code document.empty} or
	 * {@code document.unsupported}
	 */
	public String check(String fileName, byte[] content) {
		if (content == null || content.length == 0) {
			throw new InvalidInputException("document.empty",
					LocalizedText.of("ໄຟລ໌ " + fileName + " ບໍ່ມີຂໍ້ມູນ", "The file " + fileName + " is empty"));
		}
		if (content.length > this.maxSize.toBytes()) {
			long mb = Math.max(1, this.maxSize.toMegabytes());
			throw new TooLargeException("document.tooLarge",
					LocalizedText.of("ໄຟລ໌ " + fileName + " ໃຫຍ່ເກີນ " + mb + " MB",
							"The file " + fileName + " is larger than " + mb + " MB"));
		}
		String detected = this.detector.detect(content);
		if (!ACCEPTED.contains(detected)) {
			throw new InvalidInputException("document.unsupported",
					LocalizedText.of(
							"ໄຟລ໌ " + fileName + " ເປັນປະເພດ " + detected
									+ " ເຊິ່ງບໍ່ຮັບ. ຮັບສະເພາະ PDF, JPEG, PNG ແລະ DOCX ເທົ່ານັ້ນ",
							"The file " + fileName + " is of type " + detected
									+ ", which is not accepted. Only PDF, JPEG, PNG and DOCX files are accepted"));
		}
		return detected;
	}

	public DataSize maxSize() {
		return this.maxSize;
	}

}
