package la.anuyat.document;

/**
 * Pulls the plain text out of a document, for search.
 */
public interface TextExtractor {

	/**
	 * @return the text, or an empty string when none can be extracted
	 */
	String extract(byte[] content, String mediaType);

}
