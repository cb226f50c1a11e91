package la.anuyat.casefile;

/**
 * The id of a case file, typed: what a family aggregate (a licence application, a
 * complaint, an inspection) holds to name its case, so that a case id is never mixed up
 * with a company's, a licence's or a document's.
 *
 * @param value the case file's database id
 */
public record CaseId(long value) {

	public static CaseId of(CaseFile caseFile) {
		return new CaseId(caseFile.getId());
	}

	@Override
	public String toString() {
		return Long.toString(this.value);
	}

}
