package la.anuyat.inspection.api;

import java.time.LocalDateTime;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import la.anuyat.identity.CurrentActor;
import la.anuyat.inspection.InspectorDevice;
import la.anuyat.inspection.InspectorDevices;
import la.anuyat.inspection.openrosa.CollectSettings;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Enrolment of inspectors' devices by administrators: the list, a new device with the QR
 * code that configures ODK Collect, and revocation.
 */
@RestController
@RequestMapping("/api/v1/admin/devices")
@Tag(name = "Inspectors' devices",
		description = "Phones that send field reports through the OpenRosa APIs (ODK Collect); administrators only")
class DeviceController {

	private final CurrentActor currentActor;

	private final InspectorDevices devices;

	private final CollectSettings settings;

	DeviceController(CurrentActor currentActor, InspectorDevices devices, CollectSettings settings) {
		this.currentActor = currentActor;
		this.devices = devices;
		this.settings = settings;
	}

	@GetMapping
	@Operation(summary = "Every enrolled device, newest first, revoked ones too")
	List<DeviceAnswer> devices() {
		return this.devices.devices(this.currentActor.actor()).stream().map(DeviceAnswer::of).toList();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Enrol a device for an inspector",
			description = "Body: inspector (user name of an inspector), label (e.g. the phone's name). The answer "
					+ "carries the device's token and ODK Collect's settings (zlib-compressed, base64 JSON with "
					+ "server_url, username and the token as password) with their QR code as SVG: shown once, "
					+ "the token is not kept.")
	EnrolmentAnswer enrol(@RequestBody JsonNode body) {
		InspectorDevices.EnrolledDevice enrolled = this.devices.enrol(this.currentActor.actor(),
				body.path("inspector").asText(""), body.path("label").asText(""));
		String settings = this.settings.encode(enrolled.device().getInspectorUsername(), enrolled.token());
		return new EnrolmentAnswer(DeviceAnswer.of(enrolled.device()), enrolled.token(), this.settings.serverUrl(),
				settings, this.settings.qrCodeSvg(settings));
	}

	@PostMapping("/{id}/revoke")
	@Operation(summary = "Revoke a device: its token is refused from now on (409 when already revoked)")
	DeviceAnswer revoke(@PathVariable long id) {
		return DeviceAnswer.of(this.devices.revoke(this.currentActor.actor(), id));
	}

	record DeviceAnswer(long id, String inspector, String label, String enrolledBy, LocalDateTime enrolledAt,
			boolean revoked, LocalDateTime revokedAt) {

		static DeviceAnswer of(InspectorDevice device) {
			return new DeviceAnswer(device.getId(), device.getInspectorUsername(), device.getLabel(),
					device.getEnrolledBy(), device.getEnrolledAt(), device.isRevoked(), device.getRevokedAt());
		}

	}

	record EnrolmentAnswer(DeviceAnswer device, String token, String serverUrl, String collectSettings,
			String qrCodeSvg) {
	}

}
