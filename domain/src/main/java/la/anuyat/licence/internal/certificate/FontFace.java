package la.anuyat.licence.internal.certificate;

/**
 * The two weights of the certificate's typeface.
 */
enum FontFace {

	REGULAR("/META-INF/resources/fonts/NotoSansLao-Regular.ttf"),

	BOLD("/META-INF/resources/fonts/NotoSansLao-Bold.ttf");

	private final String resource;

	FontFace(String resource) {
		this.resource = resource;
	}

	String resource() {
		return this.resource;
	}

}
