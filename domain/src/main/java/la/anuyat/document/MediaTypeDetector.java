package la.anuyat.document;

/**
 * Tells what a file is from its bytes, never from its name.
 */
public interface MediaTypeDetector {

	/**
	 * @return the media type without parameters, e.g. {@code application/pdf}
	 */
	String detect(byte[] content);

}
