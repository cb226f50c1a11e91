package la.anuyat.inspection;

/**
 * A signature given on the premises: the signer's name and the stroke drawn on the
 * screen, as a PNG picture.
 */
public record Signature(SignerRole role, String name, byte[] png) {

	public Signature {
		png = (png == null) ? null : png.clone();
	}

	@Override
	public byte[] png() {
		return (this.png == null) ? null : this.png.clone();
	}

}
