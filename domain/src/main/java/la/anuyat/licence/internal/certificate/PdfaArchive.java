package la.anuyat.licence.internal.certificate;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Calendar;

import javax.xml.transform.TransformerException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Makes the certificate a PDF/A-2b archive file (ISO 19005-2, level B): the document
 * information repeated as XMP metadata that claims the conformance, and an sRGB output
 * intent so that the page's device RGB colours have a defined meaning. The fonts are
 * embedded by {@link CertificateFonts}. A certificate must still be readable, and look
 * the same, decades after it was issued.
 */
final class PdfaArchive {

	static final String PRODUCER = "Anuyat";

	static final String OUTPUT_CONDITION = "sRGB IEC61966-2.1";

	private PdfaArchive() {
	}

	/**
	 * Writes the metadata and the output intent into {@code document}, whose information
	 * dictionary is already filled; the XMP repeats it value for value, as PDF/A
	 * requires.
	 */
	static void declare(PDDocument document) throws IOException {
		PDDocumentInformation info = document.getDocumentInformation();
		info.setProducer(PRODUCER);
		Calendar created = info.getCreationDate();
		if (created == null) {
			created = Calendar.getInstance();
			info.setCreationDate(created);
		}
		info.setModificationDate(created);
		PDDocumentCatalog catalog = document.getDocumentCatalog();
		PDMetadata metadata = new PDMetadata(document, new ByteArrayInputStream(xmp(info)));
		catalog.setMetadata(metadata);
		PDOutputIntent intent = new PDOutputIntent(document,
				new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
		intent.setInfo(OUTPUT_CONDITION);
		intent.setOutputCondition(OUTPUT_CONDITION);
		intent.setOutputConditionIdentifier(OUTPUT_CONDITION);
		intent.setRegistryName("http://www.color.org");
		catalog.addOutputIntent(intent);
		catalog.setLanguage("lo");
	}

	private static byte[] xmp(PDDocumentInformation info) throws IOException {
		XMPMetadata xmp = XMPMetadata.createXMPMetadata();
		try {
			PDFAIdentificationSchema pdfa = xmp.createAndAddPDFAIdentificationSchema();
			pdfa.setPart(2);
			pdfa.setConformance("B");
			DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
			dc.setTitle(info.getTitle());
			dc.setDescription(info.getSubject());
			dc.addCreator(info.getAuthor());
			dc.setFormat("application/pdf");
			AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
			pdf.setProducer(info.getProducer());
			XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
			basic.setCreatorTool(info.getCreator());
			basic.setCreateDate(info.getCreationDate());
			basic.setModifyDate(info.getModificationDate());
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			new XmpSerializer().serialize(xmp, out, true);
			return out.toByteArray();
		}
		catch (BadFieldValueException | TransformerException ex) {
			throw new IOException("Cannot write the certificate's XMP metadata", ex);
		}
	}

}
