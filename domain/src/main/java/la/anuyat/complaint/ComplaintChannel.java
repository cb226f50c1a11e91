package la.anuyat.complaint;

/**
 * How a complaint reached the regulator: the public web form, an Open311 client (a civic
 * app, the government Super App), or an officer who took it on the phone or at the
 * counter.
 */
public enum ComplaintChannel {

	WEB, OPEN311, PHONE, COUNTER;

	/** Whether an officer recorded the complaint for the complainant. */
	public boolean takenByOfficer() {
		return this == PHONE || this == COUNTER;
	}

}
