package la.anuyat.inspection.ui;

import java.util.Base64;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.page.Page;

/**
 * A signature drawn on the screen: our own {@code <anuyat-signature>} element
 * ({@code META-INF/resources/signature/signature-field.js}) on signature_pad, which the
 * build takes from the npm registry ({@code /signature-pad/}). Both are plain scripts of
 * the application's own origin, so the Content-Security-Policy needs nothing new. The
 * drawing arrives after each stroke as a PNG.
 */
@Tag("anuyat-signature")
class SignatureField extends Component {

	private static final String PNG_DATA_URL = "data:image/png;base64,";

	private byte[] png;

	private Runnable onChange = () -> {
	};

	SignatureField(String label) {
		getElement().setAttribute("role", "img");
		getElement().setAttribute("aria-label", label);
		getElement().getStyle()
			.set("display", "block")
			.set("width", "100%")
			.set("height", "160px")
			.set("border", "1px solid var(--lumo-contrast-30pct)")
			.set("border-radius", "var(--lumo-border-radius-m)")
			.set("background", "white");
		getElement().addPropertyChangeListener("png", "signature-change", (event) -> {
			String value = getElement().getProperty("png", "");
			this.png = value.startsWith(PNG_DATA_URL) ? decode(value.substring(PNG_DATA_URL.length())) : null;
			getElement().setAttribute("signed", this.png != null);
			this.onChange.run();
		});
	}

	@Override
	protected void onAttach(AttachEvent event) {
		Page page = event.getUI().getPage();
		page.addJavaScript("context://signature-pad/signature_pad.umd.min.js");
		page.addJavaScript("context://signature/signature-field.js");
	}

	/** The drawing as a PNG, or null when nothing is drawn. */
	byte[] png() {
		return (this.png == null) ? null : this.png.clone();
	}

	void clear() {
		getElement().callJsFunction("clear");
	}

	void onChange(Runnable listener) {
		this.onChange = listener;
	}

	private static byte[] decode(String base64) {
		try {
			return Base64.getDecoder().decode(base64);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
