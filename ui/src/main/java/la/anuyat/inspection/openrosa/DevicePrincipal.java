package la.anuyat.inspection.openrosa;

import la.anuyat.inspection.InspectorDevice;

/** An enrolled device signed in with its token: who sends, and on which phone. */
record DevicePrincipal(InspectorDevice device) {

	String username() {
		return this.device.getInspectorUsername();
	}

	@Override
	public String toString() {
		return username();
	}

}
