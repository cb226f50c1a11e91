package la.anuyat.inspection.checklist;

import la.anuyat.inspection.InspectionType;
import la.anuyat.licence.form.FormDefinition;
import la.anuyat.shared.LocalizedText;

/**
 * One inspection type's checklist: its form definition and the ODK XForm generated from
 * it, with what the OpenRosa form list says about that XForm.
 *
 * @param version the form file's {@code versionTag}: a device holding another version is
 * told to download the form again, and its submissions of an old version are refused
 * @param md5 the XForm's MD5 as the form list gives it ({@code md5:<hex>})
 */
public record Checklist(InspectionType type, FormDefinition form, String version, LocalizedText title, String xform,
		String md5) {

	public String formId() {
		return this.form.id();
	}

}
