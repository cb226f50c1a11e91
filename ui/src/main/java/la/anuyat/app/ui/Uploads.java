package la.anuyat.app.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

/**
 * Upload components in the user's language, with the rules stated before the upload. No
 * file type filter in the browser: the document store decides from the content, whatever
 * the name says, and its refusal is the message the user sees. The size limit is checked
 * in the browser as well, so that a file far too large is refused before it is sent.
 */
public final class Uploads {

	private Uploads() {
	}

	/**
	 * The browser refuses a file over the document store's limit before sending it, and
	 * says so in the user's language (a file far over the limit would otherwise be cut
	 * off by the server and shown as a bare "Forbidden").
	 */
	public static void limitSize(Upload upload, long maxBytes, Component owner) {
		upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
		long megabytes = Math.max(1, maxBytes / (1024 * 1024));
		upload.addFileRejectedListener((event) -> UserMessages
			.errorMessage(owner.getTranslation("upload.rejectedTooBig", event.getFileName(), megabytes)));
	}

	/**
	 * The rules of the document store (kinds of file, largest size), shown above the
	 * upload buttons.
	 */
	public static Paragraph rules(String rules) {
		Paragraph paragraph = new Paragraph(rules);
		paragraph.setId("upload-rules");
		paragraph.addClassName("upload-rules");
		return paragraph;
	}

	public static void translate(Upload upload, Component owner) {
		UploadI18N i18n = new UploadI18N();
		i18n.setAddFiles(new UploadI18N.AddFiles().setOne(owner.getTranslation("upload.addOne"))
			.setMany(owner.getTranslation("upload.addMany")));
		i18n.setDropFiles(new UploadI18N.DropFiles().setOne(owner.getTranslation("upload.dropOne"))
			.setMany(owner.getTranslation("upload.dropMany")));
		i18n.setError(new UploadI18N.Error().setFileIsTooBig(owner.getTranslation("upload.tooBig"))
			.setIncorrectFileType(owner.getTranslation("upload.wrongType"))
			.setTooManyFiles(owner.getTranslation("upload.tooMany")));
		i18n.setUploading(new UploadI18N.Uploading()
			.setStatus(new UploadI18N.Uploading.Status().setConnecting(owner.getTranslation("upload.connecting"))
				.setProcessing(owner.getTranslation("upload.processing"))
				.setHeld(owner.getTranslation("upload.held"))
				.setStalled(owner.getTranslation("upload.stalled")))
			.setRemainingTime(
					new UploadI18N.Uploading.RemainingTime().setPrefix(owner.getTranslation("upload.remaining"))
						.setUnknown(owner.getTranslation("upload.remainingUnknown")))
			.setError(new UploadI18N.Uploading.Error().setServerUnavailable(owner.getTranslation("upload.serverError"))
				.setUnexpectedServerError(owner.getTranslation("upload.serverError"))
				.setForbidden(owner.getTranslation("upload.forbidden"))));
		i18n.setFile(new UploadI18N.File().setRetry(owner.getTranslation("upload.retry"))
			.setStart(owner.getTranslation("upload.start"))
			.setRemove(owner.getTranslation("upload.remove")));
		i18n.setUnits(new UploadI18N.Units(java.util.List.of("B", "kB", "MB", "GB", "TB")));
		upload.setI18n(i18n);
	}

}
