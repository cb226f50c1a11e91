package la.anuyat.journey;

import java.io.IOException;

import la.anuyat.inspection.InspectorDevice;
import la.anuyat.inspection.InspectorDevices;
import la.anuyat.identity.Actor;
import la.anuyat.identity.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator enrols an inspector's phone on the devices page, is shown the QR code
 * for ODK Collect once, and revokes the phone. Same configuration as
 * {@code H2ApiJourneyTests}, so the classes share one application context.
 */
class DevicesBrowserTest extends BrowserJourney {

	@Autowired
	InspectorDevices devices;

	@Test
	void anAdministratorEnrolsAnInspectorsPhoneWithAQrCodeAndRevokesIt() throws IOException {
		String label = "LPB phone " + System.nanoTime();
		browser.login("admin");
		browser.click("nav-devices");
		browser.waitFor("device-inspector");
		browser.typeInto("device-inspector", "inspector.lpb");
		browser.typeInto("device-label", label);
		browser.click("device-enrol");
		browser.waitFor("device-qr");
		assertThat(browser.driver().findElement(By.id("device-qr")).getAttribute("src"))
			.startsWith("data:image/svg+xml;base64,");
		browser.checkAccessibility("the QR code of a newly enrolled device");
		browser.screenshot("40-admin-enrols-inspector-device");
		browser.click("device-qr-close");

		InspectorDevice device = this.devices.devices(new Actor("admin", Role.ADMINISTRATOR, "MTC", null))
			.stream()
			.filter((each) -> each.getLabel().equals(label))
			.findFirst()
			.orElseThrow();
		browser.waitFor("device-revoke-" + device.getId());
		browser.checkAccessibility("the devices page");
		browser.click("device-revoke-" + device.getId());
		browser.await()
			.until(ExpectedConditions.invisibilityOfElementLocated(By.id("device-revoke-" + device.getId())));
		browser.screenshot("41-admin-revoked-device");
		browser.logout();
	}

}
