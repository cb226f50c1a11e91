package la.anuyat.document;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import la.anuyat.shared.ConflictException;
import la.anuyat.shared.LocalizedText;

/**
 * An application cannot be submitted yet: required documents of its checklist are not
 * uploaded. Names them in both languages.
 */
public class DocumentsMissingException extends ConflictException {

	private final List<ChecklistDocument> missing;

	public DocumentsMissingException(List<ChecklistDocument> missing) {
		super("application.documentsMissing", LocalizedText.of(
				"ຍັງຍື່ນຄຳຮ້ອງບໍ່ໄດ້, ຍັງຂາດເອກະສານ: "
						+ missing.stream().map((document) -> document.name().lo()).collect(Collectors.joining(", ")),
				"The application cannot be submitted yet; these documents are missing: "
						+ missing.stream().map((document) -> document.name().en()).collect(Collectors.joining(", "))));
		this.missing = List.copyOf(missing);
	}

	public List<ChecklistDocument> missing() {
		return this.missing;
	}

	@Override
	public Map<String, Object> details(Locale locale) {
		return Map.of("missingDocuments",
				this.missing.stream()
					.map((document) -> new MissingDocument(document.type(), document.name().in(locale),
							document.name().lo(), document.name().en()))
					.toList());
	}

	/**
	 * A required document that is not uploaded yet: its type and name (in the caller's
	 * language and in both).
	 */
	public record MissingDocument(String type, String name, String nameLo, String nameEn) {
	}

}
