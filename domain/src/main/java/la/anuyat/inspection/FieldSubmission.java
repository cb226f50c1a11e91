package la.anuyat.inspection;

import java.util.List;

/**
 * A filled checklist as it arrived from a device, read from its XForms instance.
 *
 * @param formId the instance's {@code id}, e.g. {@code inspection-ict-shop}
 * @param formVersion the instance's {@code version}
 * @param instanceId the {@code meta/instanceID} the device gave it ({@code uuid:…}), the
 * same on every resend
 * @param deviceId the {@code meta/deviceID} the device reported, if any
 * @param position the position answered, if any
 * @param xml the submission as sent
 * @param mediaNames the file names the answers refer to (photos)
 * @param licenceNumber the licence number answered, if any: which planned inspection the
 * report completes
 * @param assignmentReference the frequency assignment answered, if any (frequency use)
 */
public record FieldSubmission(String formId, String formVersion, String instanceId, String deviceId, Geopoint position,
		byte[] xml, List<String> mediaNames, String licenceNumber, String assignmentReference) {

	public FieldSubmission {
		mediaNames = List.copyOf(mediaNames);
	}

	/** A submission that names no licence or assignment. */
	public FieldSubmission(String formId, String formVersion, String instanceId, String deviceId, Geopoint position,
			byte[] xml, List<String> mediaNames) {
		this(formId, formVersion, instanceId, deviceId, position, xml, mediaNames, null, null);
	}

}
