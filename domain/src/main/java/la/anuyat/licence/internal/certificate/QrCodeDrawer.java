package la.anuyat.licence.internal.certificate;

import java.awt.Color;
import java.io.IOException;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Draws the verification QR code as vector squares, so it stays sharp at any print or
 * scan resolution and adds no image to the PDF.
 */
final class QrCodeDrawer {

	/**
	 * Level M survives the creases and stamps a paper certificate collects, at a size
	 * that still fits beside the text.
	 */
	private static final Map<EncodeHintType, Object> HINTS = Map.of(EncodeHintType.ERROR_CORRECTION,
			ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0, EncodeHintType.CHARACTER_SET, "UTF-8");

	/**
	 * Draws a QR code of {@code content} in a square of side {@code size} whose lower
	 * left corner is ({@code x}, {@code y}). The caller keeps a quiet zone of white
	 * around it.
	 */
	void draw(PDPageContentStream stream, String content, float x, float y, float size) throws IOException {
		BitMatrix modules = encode(content);
		int count = modules.getWidth();
		float module = size / count;
		stream.setNonStrokingColor(Color.BLACK);
		for (int row = 0; row < count; row++) {
			// Row 0 is the top of the symbol; PDF y grows upwards.
			float top = y + size - (row + 1) * module;
			int column = 0;
			while (column < count) {
				if (!modules.get(column, row)) {
					column++;
					continue;
				}
				// One rectangle per horizontal run of dark modules keeps the content
				// stream small.
				int start = column;
				while (column < count && modules.get(column, row)) {
					column++;
				}
				stream.addRect(x + start * module, top, (column - start) * module, module);
			}
		}
		stream.fill();
	}

	private static BitMatrix encode(String content) {
		try {
			return new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0, HINTS);
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("Cannot encode a QR code of " + content, ex);
		}
	}

}
