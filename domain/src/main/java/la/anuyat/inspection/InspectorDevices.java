package la.anuyat.inspection;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import la.anuyat.audit.AuditTrail;
import la.anuyat.authority.AuthorityService;
import la.anuyat.identity.Actor;
import la.anuyat.identity.Role;
import la.anuyat.inspection.internal.InspectorDeviceRepository;
import la.anuyat.shared.ForbiddenException;
import la.anuyat.shared.InvalidInputException;
import la.anuyat.shared.LocalizedText;
import la.anuyat.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrolment of inspectors' devices for offline field reports (ODK Collect): an
 * administrator enrols a device for an inspector and hands over its token once, in a QR
 * code; the device then signs in with the inspector's user name and that token; an
 * administrator revokes it when the phone is lost or handed back.
 */
@Service
public class InspectorDevices {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final InspectorDeviceRepository devices;

	private final AuthorityService authorities;

	private final AuditTrail audit;

	private final Clock clock;

	public InspectorDevices(InspectorDeviceRepository devices, AuthorityService authorities, AuditTrail audit,
			Clock clock) {
		this.devices = devices;
		this.authorities = authorities;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Enrols a device for an inspector.
	 * @return the device and its token, which is not kept and cannot be shown again
	 */
	@Transactional
	public EnrolledDevice enrol(Actor admin, String inspectorUsername, String label) {
		requireAdministrator(admin);
		boolean inspector = this.authorities.staffByUsername(inspectorUsername)
			.map((member) -> member.getRole() == Role.INSPECTOR)
			.orElse(false);
		if (!inspector) {
			throw new InvalidInputException("device.notAnInspector",
					LocalizedText.of("ຜູ້ໃຊ້ " + inspectorUsername + " ບໍ່ແມ່ນຜູ້ກວດກາ",
							"The user " + inspectorUsername + " is not an inspector"));
		}
		String name = (label == null || label.isBlank()) ? inspectorUsername : label.strip();
		if (name.length() > 100) {
			throw new InvalidInputException("device.label", LocalizedText.of("ຊື່ອຸປະກອນຍາວເກີນ 100 ຕົວອັກສອນ",
					"The device name is longer than 100 characters"));
		}
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		InspectorDevice device = this.devices.save(new InspectorDevice(inspectorUsername, name, hash(token),
				admin.username(), LocalDateTime.now(this.clock)));
		this.audit.record(admin.username(), "device.enrolled", "inspectorDevice", String.valueOf(device.getId()),
				"\"" + name + "\" for " + inspectorUsername, null);
		return new EnrolledDevice(device, token);
	}

	@Transactional
	public InspectorDevice revoke(Actor admin, long deviceId) {
		requireAdministrator(admin);
		InspectorDevice device = this.devices.findById(deviceId)
			.orElseThrow(() -> new NotFoundException("device.notFound",
					LocalizedText.of("ບໍ່ພົບອຸປະກອນ " + deviceId, "No device " + deviceId)));
		device.revoke(admin.username(), LocalDateTime.now(this.clock));
		this.audit.record(admin.username(), "device.revoked", "inspectorDevice", String.valueOf(deviceId),
				"\"" + device.getLabel() + "\" of " + device.getInspectorUsername(), null);
		return device;
	}

	@Transactional(readOnly = true)
	public List<InspectorDevice> devices(Actor admin) {
		requireAdministrator(admin);
		return this.devices.findAllByOrderByEnrolledAtDesc();
	}

	/**
	 * The enrolled, unrevoked device the credentials belong to: the inspector's user name
	 * with the device's token.
	 */
	@Transactional(readOnly = true)
	public Optional<InspectorDevice> signIn(String username, String token) {
		if (username == null || token == null || token.isEmpty()) {
			return Optional.empty();
		}
		return this.devices.findByTokenHash(hash(token))
			.filter((device) -> !device.isRevoked())
			.filter((device) -> device.getInspectorUsername().equals(username));
	}

	private static void requireAdministrator(Actor actor) {
		if (actor == null || actor.role() != Role.ADMINISTRATOR) {
			throw new ForbiddenException("device.adminOnly", LocalizedText
				.of("ສະເພາະຜູ້ບໍລິຫານລະບົບຈຶ່ງລົງທະບຽນອຸປະກອນໄດ້", "Only administrators enrol and revoke devices"));
		}
	}

	private static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	/** A device just enrolled, with the token it will sign in with. */
	public record EnrolledDevice(InspectorDevice device, String token) {
	}

}
