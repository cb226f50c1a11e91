package la.anuyat.document;

import java.text.Normalizer;
import java.util.List;
import java.util.Optional;

import la.anuyat.shared.FieldError;
import la.anuyat.shared.InvalidInputException;
import la.anuyat.shared.LocalizedText;
import la.anuyat.shared.SafeText;

/**
 * The name a file is kept under: the name the uploader's computer gave it, in Unicode
 * normal form C (so that the same Lao name typed on two systems is the same name),
 * without any folder part, at most the configured number of characters.
 * <p>
 * Control and bidirectional characters are refused, not removed: a name that needs them
 * removed was either damaged or made to look like something it is not (a bidi override
 * turns {@code invoice\u202Efdp.exe} into what shows as "invoiceexe.pdf"), and the
 * uploader should see that and rename the file rather than have it kept under a name they
 * never chose.
 */
public final class FileNames {

	private static final String FILE_NAME = "fileName";

	private static final String UNNAMED = "document";

	private final int maxLength;

	public FileNames(int maxLength) {
		this.maxLength = maxLength;
	}

	/**
	 * @throws InvalidInputException {@code document.fileNameTooLong} or
	 * {@code document.fileNameUnsafe}
	 */
	public String normalise(String fileName) {
		if (fileName == null) {
			return UNNAMED;
		}
		String name = Normalizer.normalize(fileName, Normalizer.Form.NFC);
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
		int length = name.codePointCount(0, name.length());
		if (length > this.maxLength) {
			LocalizedText text = LocalizedText.of(
					"ຊື່ໄຟລ໌ຍາວເກີນໄປ (" + length + " ຕົວອັກສອນ, ສູງສຸດ " + this.maxLength
							+ "). ກະລຸນາປ່ຽນຊື່ໄຟລ໌ໃຫ້ສັ້ນລົງ",
					"The file name is too long (" + length + " characters, at most " + this.maxLength
							+ "). Please give the file a shorter name");
			throw new InvalidInputException("document.fileNameTooLong", text, List.of(new FieldError(FILE_NAME, text)));
		}
		Optional<LocalizedText> unsafe = SafeText.violation(LocalizedText.of("ຊື່ໄຟລ໌", "File name"), name);
		if (unsafe.isPresent()) {
			throw new InvalidInputException("document.fileNameUnsafe", unsafe.get(),
					List.of(new FieldError(FILE_NAME, unsafe.get())));
		}
		if (name.isEmpty() || name.equals(".") || name.equals("..")) {
			return UNNAMED;
		}
		return name;
	}

}
