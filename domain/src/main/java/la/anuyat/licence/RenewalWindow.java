package la.anuyat.licence;

/**
 * When a licence may be renewed: from some days before the end of its validity to some
 * days after it (the grace period), by licence type. A rule the regulator sets, kept in a
 * decision table by the process layer.
 */
public interface RenewalWindow {

	/**
	 * @return the window of the licence type
	 * @throws la.anuyat.shared.NotFoundException when the rules give the type none
	 */
	Window of(String licenceType);

	/**
	 * @param opensDaysBefore how many days before the last valid day a renewal may be
	 * applied for
	 * @param graceDaysAfter how many days after the last valid day it still may
	 */
	record Window(int opensDaysBefore, int graceDaysAfter) {
	}

}
