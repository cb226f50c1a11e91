package la.anuyat.complaint;

/**
 * The rules of the complaint categories, which the regulator changes in a decision table
 * (complaint-categories.dmn): implemented where the decision engine is, so that this
 * feature knows no engine.
 */
public interface ComplaintRules {

	/**
	 * @param category the case type code of the category, e.g. {@code CMP-BILLING}
	 */
	CategoryRules of(String category);

}
