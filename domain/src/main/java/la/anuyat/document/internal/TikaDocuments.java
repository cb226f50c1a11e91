package la.anuyat.document.internal;

import java.io.IOException;

import la.anuyat.document.MediaTypeDetector;
import la.anuyat.document.TextExtractor;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Apache Tika behind the document feature's two small interfaces. Detection reads the
 * bytes only (no file name in the metadata), so a renamed file cannot pass for a PDF;
 * container formats such as DOCX are recognised by looking inside the zip.
 */
@Component
public class TikaDocuments implements MediaTypeDetector, TextExtractor {

	private static final Logger log = LoggerFactory.getLogger(TikaDocuments.class);

	// enough for any licence application's text, bounded so that a crafted file cannot
	// exhaust memory
	private static final int MAX_TEXT = 500_000;

	private final Detector detector;

	private final Parser parser;

	public TikaDocuments() {
		TikaConfig config = TikaConfig.getDefaultConfig();
		this.detector = config.getDetector();
		this.parser = new AutoDetectParser(config);
	}

	@Override
	public String detect(byte[] content) {
		try (TikaInputStream stream = TikaInputStream.get(content)) {
			return this.detector.detect(stream, new Metadata()).getBaseType().toString();
		}
		catch (IOException ex) {
			return "application/octet-stream";
		}
	}

	@Override
	public String extract(byte[] content, String mediaType) {
		BodyContentHandler handler = new BodyContentHandler(MAX_TEXT);
		Metadata metadata = new Metadata();
		if (mediaType != null) {
			metadata.set(Metadata.CONTENT_TYPE, mediaType);
		}
		try (TikaInputStream stream = TikaInputStream.get(content)) {
			this.parser.parse(stream, handler, metadata, new ParseContext());
			return handler.toString().strip();
		}
		catch (Exception ex) {
			// a document whose text cannot be read is still a valid attachment (a scan,
			// say); it is
			// just not found by full-text search
			log.info("No text extracted from a {} document: {}", mediaType, ex.toString());
			return handler.toString().strip();
		}
	}

}
