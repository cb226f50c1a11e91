package la.anuyat.casefile.ui;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import la.anuyat.document.DocumentSummary;

/**
 * The documents of a case, each to download and, for PDFs and images, to look at in
 * place. Document types are shown by the names the caller gives, already in the user's
 * language.
 */
class DocumentList extends Grid<DocumentSummary> {

	private final LongFunction<byte[]> content;

	DocumentList(List<DocumentSummary> documents, Map<String, String> typeNames, LongFunction<byte[]> content,
			boolean preview) {
		this.content = content;
		setId("document-list");
		addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
		setAllRowsVisible(true);
		addColumn((document) -> {
			String name = typeNames.get(document.documentType());
			return (name != null) ? name : document.documentType();
		}).setHeader(getTranslation("documents.type")).setAutoWidth(true);
		addColumn(DocumentSummary::fileName).setHeader(getTranslation("documents.fileName")).setFlexGrow(1);
		addColumn((document) -> mediaLabel(document.mediaType())).setHeader(getTranslation("documents.kind"))
			.setAutoWidth(true);
		addColumn((document) -> size(document.sizeBytes())).setHeader(getTranslation("documents.size"))
			.setAutoWidth(true);
		addComponentColumn((document) -> actions(document, preview)).setAutoWidth(true).setFlexGrow(0);
		setItems(documents);
	}

	private HorizontalLayout actions(DocumentSummary document, boolean preview) {
		HorizontalLayout actions = new HorizontalLayout();
		actions.setSpacing(true);
		Anchor download = new Anchor(handler(document), AttachmentType.DOWNLOAD, getTranslation("documents.download"));
		download.setId("document-download-" + document.id());
		actions.add(download);
		if (preview && previewable(document.mediaType())) {
			Button show = new Button(getTranslation("documents.preview"), VaadinIcon.EYE.create(),
					(event) -> openPreview(document));
			show.setId("document-preview-" + document.id());
			show.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
			actions.add(show);
		}
		return actions;
	}

	private void openPreview(DocumentSummary document) {
		Dialog dialog = new Dialog();
		dialog.setHeaderTitle(document.fileName());
		dialog.setWidth("90vw");
		dialog.setHeight("90vh");
		if ("application/pdf".equals(document.mediaType())) {
			IFrame frame = new IFrame(handler(document).inline());
			frame.setSizeFull();
			frame.addClassName("document-preview");
			dialog.add(frame);
		}
		else {
			Image image = new Image(handler(document).inline(), document.fileName());
			image.addClassName("document-preview-image");
			dialog.add(image);
		}
		Button close = new Button(getTranslation("action.close"), (event) -> dialog.close());
		close.setId("document-preview-close");
		dialog.getFooter().add(close);
		dialog.open();
	}

	private com.vaadin.flow.server.streams.InputStreamDownloadHandler handler(DocumentSummary document) {
		return DownloadHandler.fromInputStream((event) -> {
			byte[] bytes = this.content.apply(document.id());
			return new DownloadResponse(new ByteArrayInputStream(bytes), document.fileName(), document.mediaType(),
					bytes.length);
		});
	}

	private static boolean previewable(String mediaType) {
		return "application/pdf".equals(mediaType) || "image/png".equals(mediaType) || "image/jpeg".equals(mediaType);
	}

	private String mediaLabel(String mediaType) {
		if (mediaType == null) {
			return "";
		}
		return switch (mediaType) {
			case "application/pdf" -> "PDF";
			case "image/png" -> "PNG";
			case "image/jpeg" -> "JPEG";
			case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> "DOCX";
			default -> mediaType;
		};
	}

	private static String size(long bytes) {
		if (bytes < 1024) {
			return bytes + " B";
		}
		if (bytes < 1024 * 1024) {
			return (bytes / 1024) + " KB";
		}
		return String.format("%.1f MB", bytes / (1024.0 * 1024.0));
	}

}
