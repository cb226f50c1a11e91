package la.anuyat.document;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import la.anuyat.shared.InvalidInputException;
import la.anuyat.shared.LocalizedText;
import la.anuyat.shared.TooLargeException;

import org.springframework.util.unit.DataSize;

/**
 * The rule for uploads: PDF, JPEG, PNG or DOCX as told by the content (a program renamed
 * to .pdf is still a program), no larger than the configured limit. The same rule tells
 * the applicant what it accepts before the upload and why it refused a file after it, so
 * the two can never disagree.
 */
public final class AcceptableDocument {

	/** The accepted media types, each with the name people know the kind of file by. */
	private static final Map<String, String> KINDS = kinds();

	public static final Set<String> ACCEPTED = KINDS.keySet();

	private final DataSize maxSize;

	private final MediaTypeDetector detector;

	public AcceptableDocument(DataSize maxSize, MediaTypeDetector detector) {
		this.maxSize = maxSize;
		this.detector = detector;
	}

	private static Map<String, String> kinds() {
		Map<String, String> kinds = new LinkedHashMap<>();
		kinds.put("application/pdf", "PDF");
		kinds.put("image/jpeg", "JPEG");
		kinds.put("image/png", "PNG");
		kinds.put("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX");
		return java.util.Collections.unmodifiableMap(kinds);
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
			long mb = maxMegabytes();
			throw new TooLargeException("document.tooLarge",
					LocalizedText.of("ໄຟລ໌ " + fileName + " ໃຫຍ່ເກີນ " + mb + " MB",
							"The file " + fileName + " is larger than " + mb + " MB"));
		}
		String detected = this.detector.detect(content);
		if (!ACCEPTED.contains(detected)) {
			// the detected media type (application/x-sharedlib, …) means nothing to an
			// applicant: say what is accepted instead
			LocalizedText only = acceptedKinds();
			throw new InvalidInputException("document.unsupported",
					LocalizedText.of("ບໍ່ຮັບໄຟລ໌ " + fileName + ": ຮັບສະເພາະ " + only.lo() + " ເທົ່ານັ້ນ",
							"The file " + fileName + " is not accepted: " + only.en() + " only"));
		}
		return detected;
	}

	/** The kinds of file accepted, e.g. "PDF, JPEG, PNG or DOCX". */
	public LocalizedText acceptedKinds() {
		List<String> names = List.copyOf(KINDS.values());
		String first = String.join(", ", names.subList(0, names.size() - 1));
		String last = names.get(names.size() - 1);
		return LocalizedText.of(first + " ຫຼື " + last, first + " or " + last);
	}

	/**
	 * What an applicant is told before an upload, e.g. "PDF, JPEG, PNG or DOCX, up to 20
	 * MB a file".
	 */
	public LocalizedText rules() {
		LocalizedText kinds = acceptedKinds();
		long mb = maxMegabytes();
		return LocalizedText.of("ຮັບໄຟລ໌ " + kinds.lo() + ", ບໍ່ເກີນ " + mb + " MB ຕໍ່ໄຟລ໌",
				kinds.en() + ", up to " + mb + " MB a file");
	}

	public DataSize maxSize() {
		return this.maxSize;
	}

	private long maxMegabytes() {
		return Math.max(1, this.maxSize.toMegabytes());
	}

}
