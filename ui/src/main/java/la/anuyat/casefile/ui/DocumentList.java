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
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import la.anuyat.document.DocumentSummary;

/**
 * The documents of a case, each to download and, for PDFs and images, to look at in
 * place. Document types are shown by the names the caller gives, already in the user's
 * language. A table on a wide screen; on a phone one card per document, so that the
 * download link is never hidden behind sideways scrolling (anuyat.css chooses).
 */
public class DocumentList extends Div {

	/**
	 * The type of a document outside the case's checklist, which every case may have.
	 */
	public static final String OTHER_TYPE = "other";

	private final LongFunction<byte[]> content;

	private final Grid<DocumentSummary> grid = new Grid<>();

	public DocumentList(List<DocumentSummary> documents, Map<String, String> typeNames, LongFunction<byte[]> content,
			boolean preview) {
		this.content = content;
		setId("document-list");
		addClassName("document-list");
		setWidthFull();
		Grid<DocumentSummary> table = this.grid;
		table.addClassName("wide-only");
		table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
		table.setAllRowsVisible(true);
		table.addColumn((document) -> typeName(typeNames, document))
			.setHeader(getTranslation("documents.type"))
			.setAutoWidth(true);
		table.addColumn(DocumentSummary::fileName).setHeader(getTranslation("documents.fileName")).setFlexGrow(1);
		table.addColumn((document) -> mediaLabel(document.mediaType()))
			.setHeader(getTranslation("documents.kind"))
			.setAutoWidth(true);
		table.addColumn((document) -> size(document.sizeBytes()))
			.setHeader(getTranslation("documents.size"))
			.setAutoWidth(true);
		table.addComponentColumn((document) -> actions(document, preview, "document-"))
			.setHeader(getTranslation("documents.actions"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		table.setItems(documents);

		UnorderedList cards = new UnorderedList();
		cards.addClassNames("document-cards", "narrow-only");
		for (DocumentSummary document : documents) {
			Span type = new Span(typeName(typeNames, document));
			type.addClassName("document-card-type");
			Span file = new Span(document.fileName());
			file.addClassName("document-card-file");
			Span facts = new Span(mediaLabel(document.mediaType()) + " · " + size(document.sizeBytes()));
			facts.addClassName("document-card-facts");
			ListItem card = new ListItem(type, file, facts, actions(document, preview, "document-card-"));
			card.addClassName("document-card");
			cards.add(card);
		}
		add(table, cards);
		boolean none = documents.isEmpty();
		table.setVisible(!none);
		cards.setVisible(!none);
		if (none) {
			add(new Span(getTranslation("documents.none")));
		}
	}

	private static String typeName(Map<String, String> typeNames, DocumentSummary document) {
		String name = typeNames.get(document.documentType());
		return (name != null) ? name : document.documentType();
	}

	private HorizontalLayout actions(DocumentSummary document, boolean preview, String idPrefix) {
		HorizontalLayout actions = new HorizontalLayout();
		actions.setSpacing(true);
		actions.addClassName("document-actions");
		Anchor download = new Anchor(handler(document), AttachmentType.DOWNLOAD, getTranslation("documents.download"));
		download.setId(idPrefix + "download-" + document.id());
		// the file name makes each link say what it downloads
		download.getElement()
			.setAttribute("aria-label", getTranslation("documents.download") + " " + document.fileName());
		actions.add(download);
		if (preview && previewable(document.mediaType())) {
			Button show = new Button(getTranslation("documents.preview"), VaadinIcon.EYE.create(),
					(event) -> openPreview(document));
			show.setId(idPrefix + "preview-" + document.id());
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
