package la.anuyat.authority;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import la.anuyat.identity.Role;
import la.anuyat.identity.Actor;
import la.anuyat.audit.AuditTrail;
import la.anuyat.authority.internal.AuthorityRepository;
import la.anuyat.authority.internal.AuthoritySectionRepository;
import la.anuyat.authority.internal.DelegationLetter;
import la.anuyat.authority.internal.DelegationLetterRepository;
import la.anuyat.authority.internal.DelegationRepository;
import la.anuyat.authority.internal.StaffMemberRepository;
import la.anuyat.shared.FieldError;
import la.anuyat.shared.ForbiddenException;
import la.anuyat.shared.InvalidInputException;
import la.anuyat.shared.LocalizedText;
import la.anuyat.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The regulator's organisation: authorities, their staff, and written delegations to
 * acting heads.
 */
@Service
@Transactional
public class AuthorityService {

	private final AuthorityRepository authorities;

	private final StaffMemberRepository staff;

	private final DelegationRepository delegations;

	private final AuditTrail audit;

	private final Clock clock;

	private final AuthoritySectionRepository sections;

	private final DelegationLetterRepository letters;

	public AuthorityService(AuthorityRepository authorities, StaffMemberRepository staff,
			DelegationRepository delegations, AuditTrail audit, Clock clock, AuthoritySectionRepository sections,
			DelegationLetterRepository letters) {
		this.sections = sections;
		this.letters = letters;
		this.authorities = authorities;
		this.staff = staff;
		this.delegations = delegations;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Authority> authorities() {
		List<Authority> all = new ArrayList<>(this.authorities.findByLevelOrderByCode(AuthorityLevel.MINISTRY));
		all.addAll(provinces());
		return all;
	}

	@Transactional(readOnly = true)
	public Authority authority(String code) {
		return this.authorities.findById(code == null ? "" : code)
			.orElseThrow(() -> new NotFoundException("authority.notFound",
					LocalizedText.of("ບໍ່ພົບໜ່ວຍງານ " + code, "No such authority: " + code)));
	}

	/**
	 * The 18 provincial departments, in the order of the ministry's list (by code here).
	 */
	@Transactional(readOnly = true)
	public List<Authority> provinces() {
		return this.authorities.findByLevelOrderByCode(AuthorityLevel.PROVINCE);
	}

	/**
	 * The staff member of this user name as typed at login: in its normal form (NFKC,
	 * lower case), then as typed, for names given before names were normalised.
	 */
	@Transactional(readOnly = true)
	public Optional<StaffMember> staffByUsername(String username) {
		if (username == null) {
			return Optional.empty();
		}
		Optional<StaffMember> member = this.staff.findByUsername(UserNames.normalise(username));
		return member.isPresent() ? member : this.staff.findByUsername(username);
	}

	/**
	 * Every staff member's user name, to keep new names from looking like them (there are
	 * a few hundred staff at most).
	 */
	@Transactional(readOnly = true)
	public List<String> staffUsernames() {
		return this.staff.findAllUsernames();
	}

	@Transactional(readOnly = true)
	public List<StaffMember> staffOf(String authorityCode) {
		return this.staff.findByAuthorityCodeOrderByUsername(authorityCode);
	}

	/**
	 * The staff members with the given user names, in one query (names in work lists);
	 * names that are no staff member's are left out.
	 */
	@Transactional(readOnly = true)
	public List<StaffMember> staffByUsernames(Collection<String> usernames) {
		return usernames.isEmpty() ? List.of() : this.staff.findByUsernameIn(usernames);
	}

	/** The sections of an authority, in their order of the organisation. */
	@Transactional(readOnly = true)
	public List<AuthoritySection> sectionsOf(String authorityCode) {
		return (authorityCode != null) ? this.sections.findByAuthorityCodeOrderByPosition(authorityCode) : List.of();
	}

	/**
	 * Moves a staff member to one section of their authority, or to every section
	 * ({@code null}); audited.
	 */
	@Transactional
	public StaffMember assignToSection(String username, String sectionCode) {
		StaffMember member = this.staff.findByUsername(username)
			.orElseThrow(() -> new NotFoundException("staff.notFound",
					LocalizedText.of("ບໍ່ພົບພະນັກງານ " + username, "No such staff member: " + username)));
		if (sectionCode != null
				&& !this.sections.existsById(new AuthoritySection.Key(member.getAuthorityCode(), sectionCode))) {
			LocalizedText text = LocalizedText.of("ບໍ່ພົບຂະແໜງ " + sectionCode + " ໃນ " + member.getAuthorityCode(),
					"No section " + sectionCode + " in " + member.getAuthorityCode());
			throw new InvalidInputException("staff.invalid", text, List.of(new FieldError("sectionCode", text)));
		}
		member.assignToSection(sectionCode);
		this.audit.record(Actor.system().username(), "staff.section", "staff", username,
				"section=" + ((sectionCode != null) ? sectionCode : "all"), null);
		return member;
	}

	public StaffMember createStaff(String username, String passwordHash, Role role, String authorityCode,
			String fullNameLo, String fullNameEn, String email) {
		List<FieldError> errors = new ArrayList<>();
		if (username == null || username.isBlank()) {
			errors.add(new FieldError("username", LocalizedText.of("ກະລຸນາໃສ່ຊື່ຜູ້ໃຊ້", "Enter a user name")));
		}
		else if (this.staff.existsByUsername(username)) {
			errors.add(new FieldError("username",
					LocalizedText.of("ຊື່ຜູ້ໃຊ້ນີ້ມີຄົນໃຊ້ແລ້ວ", "This user name is already taken")));
		}
		if (role == null || role == Role.APPLICANT) {
			errors.add(new FieldError("role", LocalizedText.of("ບົດບາດບໍ່ຖືກຕ້ອງ", "Not a staff role")));
		}
		if (authorityCode != null && !this.authorities.existsById(authorityCode)) {
			errors.add(new FieldError("authorityCode",
					LocalizedText.of("ບໍ່ພົບໜ່ວຍງານ " + authorityCode, "No such authority: " + authorityCode)));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("staff.invalid",
					LocalizedText.of("ຂໍ້ມູນພະນັກງານບໍ່ຖືກຕ້ອງ", "The staff member's data are not valid"), errors);
		}
		StaffMember member = this.staff.save(new StaffMember(username, passwordHash, role, authorityCode,
				(fullNameLo != null) ? fullNameLo : username, (fullNameEn != null) ? fullNameEn : username, email));
		this.audit.record(Actor.system().username(), "staff.created", "staff", username,
				"role=" + role + " authority=" + authorityCode, null);
		return member;
	}

	/**
	 * Records a written delegation of the head's authority to an acting deputy of the
	 * same authority, for every decision reserved to the head and without a scan.
	 */
	public Delegation recordDelegation(Actor by, String actingUsername, LocalDate from, LocalDate until,
			String reference) {
		return recordDelegation(by, actingUsername, from, until, reference, Set.of(Delegation.ALL), null);
	}

	/**
	 * Records a written delegation of the head's authority to an acting deputy of the
	 * same authority: by the head (or an administrator), to a member of the leadership,
	 * for the decisions of the given case families ({@value Delegation#ALL} for all),
	 * with the scanned letter when there is one (its content already checked by the
	 * caller, as uploads are).
	 */
	public Delegation recordDelegation(Actor by, String actingUsername, LocalDate from, LocalDate until,
			String reference, Collection<String> families, ScannedLetter letter) {
		if (by.role() != Role.LEADERSHIP && by.role() != Role.ADMINISTRATOR) {
			throw new ForbiddenException("delegation.forbidden", LocalizedText.of("ມີແຕ່ຄະນະພະແນກເທົ່ານັ້ນທີ່ມອບສິດໄດ້",
					"Only the department's leadership may delegate its authority"));
		}
		StaffMember acting = this.staff.findByUsername((actingUsername == null) ? "" : actingUsername)
			.orElseThrow(() -> new InvalidInputException("delegation.invalid",
					LocalizedText.of("ບໍ່ພົບພະນັກງານ " + actingUsername, "No such staff member: " + actingUsername),
					List.of(new FieldError("actingUsername",
							LocalizedText.of("ບໍ່ພົບພະນັກງານ", "No such staff member")))));
		String authorityCode = (by.authorityCode() != null) ? by.authorityCode() : acting.getAuthorityCode();
		if (by.role() == Role.LEADERSHIP
				&& headOf(authorityCode).filter((head) -> !head.getUsername().equals(by.username())).isPresent()) {
			throw new ForbiddenException("delegation.notHead", LocalizedText
				.of("ມີແຕ່ຫົວໜ້າເທົ່ານັ້ນທີ່ມອບສິດຂອງຕົນໄດ້", "Only the head may delegate the head's authority"));
		}
		List<FieldError> errors = new ArrayList<>();
		if (!authorityCode.equals(acting.getAuthorityCode())) {
			errors.add(new FieldError("actingUsername", LocalizedText.of("ຜູ້ຮັກສາການແທນຕ້ອງຢູ່ໜ່ວຍງານດຽວກັນ",
					"The acting officer must belong to the same authority")));
		}
		else if (acting.getRole() != Role.LEADERSHIP || acting.getUsername().equals(by.username())) {
			errors.add(new FieldError("actingUsername", LocalizedText.of("ຜູ້ຮັກສາການແທນຕ້ອງເປັນຮອງຫົວໜ້າ",
					"The acting head must be a deputy of the leadership")));
		}
		if (from == null || until == null || until.isBefore(from)) {
			errors.add(new FieldError("validUntil",
					LocalizedText.of("ໄລຍະເວລາບໍ່ຖືກຕ້ອງ", "The period must end on or after its first day")));
		}
		if (reference == null || reference.isBlank()) {
			errors.add(new FieldError("reference", LocalizedText.of("ກະລຸນາໃສ່ເລກທີຂອງໜັງສືມອບສິດ",
					"Enter the number of the written delegation order")));
		}
		if (families == null || families.isEmpty()) {
			errors.add(new FieldError("decisions",
					LocalizedText.of("ກະລຸນາເລືອກການຕັດສິນທີ່ມອບໃຫ້", "Choose which decisions are delegated")));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("delegation.invalid",
					LocalizedText.of("ການມອບສິດບໍ່ຖືກຕ້ອງ", "The delegation is not valid"), errors);
		}
		Delegation delegation = this.delegations.save(new Delegation(authorityCode, by.username(), actingUsername, from,
				until, reference.strip(), families, LocalDateTime.now(this.clock)));
		if (letter != null) {
			this.letters.save(
					new DelegationLetter(delegation.getId(), letter.fileName(), letter.mediaType(), letter.content()));
		}
		this.audit.record(by.username(), "delegation.recorded", "delegation", String.valueOf(delegation.getId()),
				actingUsername + " acts for " + authorityCode + " from " + from + " until " + until + " decisions="
						+ String.join(",", delegation.families())
						+ ((letter != null) ? " letter=" + letter.fileName() : ""),
				delegation.getReference());
		return delegation;
	}

	/**
	 * Ends a delegation from today on (the head is back): by the head who gave it, or an
	 * administrator.
	 */
	public Delegation endDelegation(Actor by, long delegationId) {
		Delegation delegation = this.delegations.findById(delegationId)
			.filter((candidate) -> by.hasJurisdictionOver(candidate.getAuthorityCode()))
			.orElseThrow(() -> new NotFoundException("delegation.notFound",
					LocalizedText.of("ບໍ່ພົບການມອບສິດນີ້", "No such delegation")));
		if (by.role() != Role.ADMINISTRATOR && !by.username().equals(delegation.getDelegatorUsername())) {
			throw new ForbiddenException("delegation.notHead", LocalizedText.of("ມີແຕ່ຜູ້ມອບສິດເທົ່ານັ້ນທີ່ຍົກເລີກໄດ້",
					"Only the head who gave the delegation may end it"));
		}
		delegation.end(LocalDate.now(this.clock), by.username());
		this.audit.record(by.username(), "delegation.ended", "delegation", String.valueOf(delegation.getId()),
				"ended from " + delegation.getEndedOn(), delegation.getReference());
		return delegation;
	}

	/**
	 * The authority's delegations, newest first, for its leadership and administrators.
	 */
	@Transactional(readOnly = true)
	public List<Delegation> delegationsOf(Actor viewer, String authorityCode) {
		if (!viewer.isStaff() || !viewer.hasJurisdictionOver(authorityCode)
				|| (viewer.role() != Role.LEADERSHIP && viewer.role() != Role.ADMINISTRATOR)) {
			throw new ForbiddenException("delegation.forbidden",
					LocalizedText.of("ມີແຕ່ຄະນະພະແນກເທົ່ານັ້ນທີ່ເບິ່ງການມອບສິດໄດ້",
							"Only the department's leadership sees its delegations"));
		}
		return this.delegations.findByAuthorityCodeOrderByValidFromDesc(authorityCode);
	}

	/** The scanned letter of a delegation the viewer may see. */
	@Transactional(readOnly = true)
	public Optional<ScannedLetter> delegationLetter(Actor viewer, long delegationId) {
		return this.delegations.findById(delegationId)
			.filter((delegation) -> delegationsOf(viewer, delegation.getAuthorityCode()).contains(delegation))
			.flatMap((delegation) -> this.letters.findById(delegation.getId()))
			.map((letter) -> new ScannedLetter(letter.getFileName(), letter.getMediaType(), letter.getContent()));
	}

	/** Which of the delegations have a scanned letter kept, in one query. */
	@Transactional(readOnly = true)
	public java.util.Set<Long> delegationsWithLetters(Collection<Delegation> delegations) {
		return delegations.isEmpty() ? java.util.Set.of()
				: this.letters.delegationIdsWithLetters(delegations.stream().map(Delegation::getId).toList());
	}

	/** The head of an authority, when one is on record. */
	@Transactional(readOnly = true)
	public Optional<StaffMember> headOf(String authorityCode) {
		return this.staff.findByAuthorityCodeOrderByUsername(authorityCode)
			.stream()
			.filter(StaffMember::isHead)
			.findFirst();
	}

	/**
	 * Puts a member of the leadership on record as the head of their authority (the only
	 * one: a former head is no longer).
	 */
	public StaffMember appointHead(Actor by, String username) {
		if (by.role() != Role.ADMINISTRATOR) {
			throw new ForbiddenException("staff.forbidden",
					LocalizedText.of("ມີແຕ່ຜູ້ບໍລິຫານລະບົບເທົ່ານັ້ນ", "Only an administrator may do this"));
		}
		StaffMember head = this.staff.findByUsername(username)
			.filter((member) -> member.getRole() == Role.LEADERSHIP)
			.orElseThrow(() -> new InvalidInputException("staff.notLeadership",
					LocalizedText.of("ຫົວໜ້າຕ້ອງເປັນຄະນະພະແນກ", "The head must be a member of the leadership")));
		headOf(head.getAuthorityCode()).ifPresent((former) -> former.appointHead(false));
		head.appointHead(true);
		this.audit.record(by.username(), "staff.headAppointed", "staff", username, "head of " + head.getAuthorityCode(),
				null);
		return head;
	}

	/**
	 * Refuses a decision reserved to the head (which are, is a rule of the process layer)
	 * to anyone but the head and a deputy acting under a written delegation in force
	 * today that covers the case family. An authority with no head on record decides as
	 * its leadership always has.
	 * @throws ForbiddenException {@code decision.reservedToHead}
	 */
	@Transactional(readOnly = true)
	public void checkMayTakeDecisionReservedToHead(Actor actor, String authorityCode, String family) {
		Optional<StaffMember> head = headOf(authorityCode);
		if (head.isEmpty() || head.get().getUsername().equals(actor.username())) {
			return;
		}
		boolean delegated = delegationInForce(actor.username(), family)
			.filter((delegation) -> delegation.getAuthorityCode().equals(authorityCode))
			.isPresent();
		if (!delegated) {
			StaffMember theHead = head.get();
			throw new ForbiddenException("decision.reservedToHead",
					LocalizedText.of(
							"ການຕັດສິນນີ້ເປັນສິດຂອງຫົວໜ້າ " + theHead.getFullNameLo()
									+ " ຫຼື ຜູ້ຮັກສາການແທນທີ່ມີໜັງສືມອບສິດທີ່ຍັງມີຜົນ",
							"This decision is the head's (" + theHead.getFullNameEn()
									+ ") or an acting head's under a written delegation in force"));
		}
	}

	@Transactional(readOnly = true)
	public Optional<Delegation> activeDelegationOf(String actingUsername, LocalDate on) {
		return this.delegations.findByActingUsernameOrderByValidFromDesc(actingUsername)
			.stream()
			.filter((delegation) -> delegation.activeOn(on))
			.findFirst();
	}

	/**
	 * The reference of the written delegation under which the actor acts today, if any;
	 * cited in audit entries so that it shows who signed under which delegation.
	 */
	@Transactional(readOnly = true)
	public String delegationReferenceOf(Actor actor) {
		if (actor == null || !actor.isStaff()) {
			return null;
		}
		return activeDelegationOf(actor.username(), LocalDate.now(this.clock)).map(Delegation::getReference)
			.orElse(null);
	}

	/**
	 * The reference of the written delegation in force today under which the actor takes
	 * a decision of the case family, if any.
	 */
	@Transactional(readOnly = true)
	public String delegationReferenceOf(Actor actor, String family) {
		if (actor == null || !actor.isStaff()) {
			return null;
		}
		return delegationInForce(actor.username(), family).map(Delegation::getReference).orElse(null);
	}

	/** The acting officer's delegation in force today that covers the case family. */
	private Optional<Delegation> delegationInForce(String actingUsername, String family) {
		LocalDate today = LocalDate.now(this.clock);
		return this.delegations.findByActingUsernameOrderByValidFromDesc(actingUsername)
			.stream()
			.filter((delegation) -> delegation.activeOn(today) && delegation.covers(family))
			.findFirst();
	}

	/** A delegation's scanned letter. */
	public record ScannedLetter(String fileName, String mediaType, byte[] content) {

		public ScannedLetter {
			content = content.clone();
		}

		@Override
		public byte[] content() {
			return this.content.clone();
		}
	}

}
