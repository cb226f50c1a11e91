package la.anuyat.inspection;

/** Who signs a field report on the premises. */
public enum SignerRole {

	/** The inspector who filled it. */
	INSPECTOR,

	/** The business representative, who read its summary before signing. */
	REPRESENTATIVE

}
