package la.anuyat.access.internal;

import java.time.Clock;
import java.time.LocalDate;

import la.anuyat.identity.Actor;
import la.anuyat.authority.AuthorityService;
import la.anuyat.identity.Role;
import la.anuyat.party.PartyService;
import la.anuyat.party.SignUp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The demo users (password {@code demo}) of the embedded default, created through the
 * domain services on start-up. Idempotent: whatever already exists is left alone, so
 * restarts keep earlier work.
 */
@Component
@Profile("demo")
class DemoData implements ApplicationRunner {

	static final String PASSWORD = "demo";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final AuthorityService authorities;

	private final PartyService parties;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	DemoData(AuthorityService authorities, PartyService parties, PasswordEncoder passwordEncoder, Clock clock) {
		this.authorities = authorities;
		this.parties = parties;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		String hash = this.passwordEncoder.encode(PASSWORD);
		staff(hash, "officer.vte", Role.SECTION_OFFICER, "VTE", "ທ້າວ ບຸນມີ ສີສຸວັນ", "Mr Bounmy Sisouvanh");
		staff(hash, "leader.vte", Role.LEADERSHIP, "VTE", "ທ່ານ ວິໄລ ແສງສຸລິຍາ", "Mr Vilay Sengsouliya");
		staff(hash, "deputy.vte", Role.LEADERSHIP, "VTE", "ທ່ານ ນາງ ຈັນທະວີ ພົມມະຈັນ", "Ms Chanthavy Phommachanh");
		staff(hash, "officer.lpb", Role.SECTION_OFFICER, "LPB", "ທ້າວ ສຸລິຍົງ ແກ້ວມະນີ", "Mr Souliyong Keomany");
		staff(hash, "admin", Role.ADMINISTRATOR, "MTC", "ຜູ້ບໍລິຫານລະບົບ", "System administrator");
		staff(hash, "officer.mtc", Role.SECTION_OFFICER, "MTC", "ນາງ ພອນສະຫວັນ ວົງສາ", "Ms Phonsavanh Vongsa");
		staff(hash, "leader.mtc", Role.LEADERSHIP, "MTC", "ທ່ານ ສົມພອນ ອິນທະວົງ", "Mr Somphone Inthavong");
		// officer.vte works in Technology and Innovation (the ICT licences), post.vte in
		// Post
		// and Communications: the same department, two queues. The other section officers
		// work for every section of their department.
		section("officer.vte", "TECH");
		staff(hash, "post.vte", Role.SECTION_OFFICER, "VTE", "ນາງ ສຸດາ ພົມມະລາດ", "Ms Souda Phommalath");
		section("post.vte", "POST");
		// enforce.vte works in Administration, Organisation and Inspection, which
		// enforces
		staff(hash, "enforce.vte", Role.SECTION_OFFICER, "VTE", "ທ້າວ ກິແກ້ວ ສີຫາລາດ", "Mr Kikeo Sihalath");
		section("enforce.vte", "ADMIN");
		staff(hash, "inspector.vte", Role.INSPECTOR, "VTE", "ທ້າວ ສົມບູນ ວົງພະຈັນ", "Mr Somboun Vongphachanh");
		staff(hash, "inspector.lpb", Role.INSPECTOR, "LPB", "ນາງ ແສງເດືອນ ໄຊຍະວົງ", "Ms Sengdeuane Xayavong");
		applicant(new SignUp("applicant", hash, "applicant@laodigital.example", "ບໍລິສັດ ລາວ ດິຈິຕອນ ຈຳກັດ",
				"Lao Digital Co., Ltd.", "01-0012345", "123456789 000", "VTE",
				"ຖະໜົນ ລ້ານຊ້າງ, ບ້ານ ຫັດສະດີ, ເມືອງ ຈັນທະບູລີ, ນະຄອນຫຼວງວຽງຈັນ", "ທ້າວ ສົມສັກ ພົມມະວົງ",
				"+856 20 5555 1234"));
		applicant(new SignUp("applicant2", hash, "applicant2@phabangnet.example", "ບໍລິສັດ ພະບາງ ເນັດ ຈຳກັດ",
				"Phabang Net Co., Ltd.", "06-0004321", "987654321 000", "LPB",
				"ຖະໜົນ ສີສະຫວ່າງວົງ, ບ້ານ ວັດແສນ, ເມືອງ ຫຼວງພະບາງ, ແຂວງ ຫຼວງພະບາງ", "ນາງ ມະນີວັນ ສີລາວົງ",
				"+856 20 7777 4321"));
		heads();
		delegation();
	}

	/**
	 * The heads of the Vientiane Capital department and of the ministry: the licence
	 * decisions are theirs, or an acting deputy's under a written delegation.
	 */
	private void heads() {
		for (String head : new String[] { "leader.vte", "leader.mtc" }) {
			if (!this.authorities.staffByUsername(head).orElseThrow().isHead()) {
				this.authorities.appointHead(Actor.system(), head);
			}
		}
	}

	private void staff(String hash, String username, Role role, String authorityCode, String fullNameLo,
			String fullNameEn) {
		if (this.authorities.staffByUsername(username).isEmpty()) {
			this.authorities.createStaff(username, hash, role, authorityCode, fullNameLo, fullNameEn,
					username + "@mtc.example");
			log.info("Demo user {} ({} of {}) created, password \"{}\"", username, role, authorityCode, PASSWORD);
		}
	}

	private void section(String username, String sectionCode) {
		if (this.authorities.staffByUsername(username)
			.map((member) -> !sectionCode.equals(member.getSectionCode()))
			.orElse(false)) {
			this.authorities.assignToSection(username, sectionCode);
		}
	}

	private void applicant(SignUp signUp) {
		if (this.parties.accountByUsername(signUp.username()).isEmpty()) {
			this.parties.createConfirmedApplicant(signUp);
			log.info("Demo applicant {} ({}) created, password \"{}\"", signUp.username(), signUp.companyNameEn(),
					PASSWORD);
		}
	}

	/**
	 * The head of the Vientiane Capital department delegates to the deputy in writing for
	 * the whole year, so that decisions by deputy.vte show the delegation in the audit
	 * trail.
	 */
	private void delegation() {
		LocalDate today = LocalDate.now(this.clock);
		if (this.authorities.activeDelegationOf("deputy.vte", today).isEmpty()) {
			this.authorities.recordDelegation(this.authorities.staffByUsername("leader.vte").orElseThrow().toActor(),
					"deputy.vte", today.withDayOfYear(1), today.withMonth(12).withDayOfMonth(31),
					"DTC-VTE 014/" + today.getYear());
		}
	}

}
