package la.anuyat.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Realistic, deterministic benchmark data for case search: companies with Lao and English
 * names, applications (case files) with their form data, events, officers' notes,
 * attachments with extracted text (enterprise registrations, business plans, inspection
 * and complaint reports, in Lao and English, some with the older Lao spellings that the
 * search normalises), and the licences of approved cases. Distributed over the 18
 * provinces (Vientiane Capital largest), the 9 ICT licence types (distributors, shops and
 * installers most common, as in the sector plan), the case lifecycle and the years 2021
 * to 2026.
 * <p>
 * Loaded straight into PostgreSQL with COPY (pgjdbc's {@link CopyManager}), bypassing
 * JPA: it is a fixture, not application behaviour. The same seed and count give the same
 * rows. Authorities and licence types come from the Flyway migrations; every generated
 * row satisfies the schema's constraints (references, uniques, not-nulls) by
 * construction, so the referential checks are switched off while loading
 * ({@code session_replication_role
 * = replica}, PostgreSQL superuser) for speed. Document bytes ({@code document_content})
 * are not generated: search reads only the extracted text.
 */
public final class CaseDataGenerator {

	/** Rows per COPY statement of cases (and their events, notes, attachments). */
	private static final int CHUNK = 5_000;

	private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 20, 17, 0);

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	// --- geography -----------------------------------------------------------------

	static final String[] PROVINCES = { "VTE", "PSL", "LNT", "ODX", "BKO", "LPB", "HPN", "XYB", "XKH", "VTP", "BKX",
			"KHM", "SVK", "SLV", "SEK", "CPS", "ATP", "XSB" };

	/** Share of the applications per province, roughly as population and business. */
	private static final double[] PROVINCE_WEIGHTS = { 30, 2, 3, 4, 3, 7, 3, 4, 3, 6, 4, 5, 10, 3, 1.5, 9, 2, 1.5 };

	private static final String[] PROVINCES_LO = { "ນະຄອນຫຼວງວຽງຈັນ", "ຜົ້ງສາລີ", "ຫຼວງນ້ຳທາ", "ອຸດົມໄຊ", "ບໍ່ແກ້ວ",
			"ຫຼວງພະບາງ", "ຫົວພັນ", "ໄຊຍະບູລີ", "ຊຽງຂວາງ", "ແຂວງວຽງຈັນ", "ບໍລິຄຳໄຊ", "ຄຳມ່ວນ", "ສະຫວັນນະເຂດ", "ສາລະວັນ",
			"ເຊກອງ", "ຈຳປາສັກ", "ອັດຕະປື", "ໄຊສົມບູນ" };

	private static final String[] PROVINCES_EN = { "Vientiane Capital", "Phongsaly", "Luang Namtha", "Oudomxay",
			"Bokeo", "Luang Prabang", "Houaphanh", "Xayabouly", "Xiengkhouang", "Vientiane Province", "Bolikhamxay",
			"Khammouane", "Savannakhet", "Salavan", "Sekong", "Champasak", "Attapeu", "Xaisomboun" };

	/** Districts per province, Lao and English, in the order of {@link #PROVINCES}. */
	private static final String[][][] DISTRICTS = {
			{ { "ຈັນທະບູລີ", "Chanthabouly" }, { "ສີສັດຕະນາກ", "Sisattanak" }, { "ໄຊເສດຖາ", "Xaysetha" },
					{ "ສີໂຄດຕະບອງ", "Sikhottabong" }, { "ໄຊທານີ", "Xaythany" }, { "ຫາດຊາຍຟອງ", "Hadxayfong" },
					{ "ນາຊາຍທອງ", "Naxaythong" } },
			{ { "ຜົ້ງສາລີ", "Phongsaly" }, { "ບຸນໃຕ້", "Boun Tai" } },
			{ { "ຫຼວງນ້ຳທາ", "Luang Namtha" }, { "ສິງ", "Sing" } },
			{ { "ໄຊ", "Xay" }, { "ງາ", "Nga" }, { "ແບ່ງ", "Beng" } },
			{ { "ຫ້ວຍຊາຍ", "Houayxay" }, { "ຕົ້ນເຜິ້ງ", "Tonpheung" } },
			{ { "ຫຼວງພະບາງ", "Luang Prabang" }, { "ນ້ຳບາກ", "Nambak" }, { "ງອຍ", "Ngoy" },
					{ "ຊຽງເງິນ", "Xiengngeun" } },
			{ { "ຊຳເໜືອ", "Xamneua" }, { "ວຽງໄຊ", "Viengxay" } },
			{ { "ໄຊຍະບູລີ", "Xayabouly" }, { "ແກ່ນທ້າວ", "Kenethao" }, { "ປາກລາຍ", "Paklay" } },
			{ { "ແປກ", "Pek" }, { "ຄຳ", "Kham" } },
			{ { "ໂພນໂຮງ", "Phonhong" }, { "ວັງວຽງ", "Vangvieng" }, { "ທຸລະຄົມ", "Thoulakhom" } },
			{ { "ປາກຊັນ", "Paksan" }, { "ທ່າພະບາດ", "Thaphabath" } },
			{ { "ທ່າແຂກ", "Thakhek" }, { "ໜອງບົກ", "Nongbok" } },
			{ { "ໄກສອນ ພົມວິຫານ", "Kaysone Phomvihane" }, { "ອຸທຸມພອນ", "Outhoumphone" }, { "ສອງຄອນ", "Songkhone" },
					{ "ອາດສະພັງທອງ", "Atsaphangthong" } },
			{ { "ສາລະວັນ", "Salavan" }, { "ຄົງເຊໂດນ", "Khongsedone" } },
			{ { "ລະມາມ", "Lamam" }, { "ທ່າແຕງ", "Thateng" } },
			{ { "ປາກເຊ", "Pakse" }, { "ຈຳປາສັກ", "Champasak" }, { "ໂພນທອງ", "Phonthong" }, { "ປາກຊ່ອງ", "Pakxong" } },
			{ { "ສາມັກຄີໄຊ", "Samakkhixay" }, { "ສະໜາມໄຊ", "Sanamxay" } },
			{ { "ອະນຸວົງ", "Anouvong" }, { "ລ້ອງແຈ້ງ", "Longchaeng" } } };

	private static final String[][] VILLAGES = { { "ໂພນສີນວນ", "Phonsinuan" }, { "ສີບຸນເຮືອງ", "Sibounheuang" },
			{ "ໜອງບອນ", "Nongbone" }, { "ໂພນໄຊ", "Phonxay" }, { "ທົ່ງຂັນຄຳ", "Thongkhankham" }, { "ດົງໂດກ", "Dongdok" },
			{ "ນາໄຊ", "Naxay" }, { "ໂພນສະຫວາດ", "Phonsavath" }, { "ຫ້ວຍຫົງ", "Houayhong" },
			{ "ໄຊສະຫວ່າງ", "Xaysavang" }, { "ຫາດສະດີ", "Hatsady" }, { "ວັດນາກ", "Vatnak" },
			{ "ສະພັງເມິກ", "Saphangmeuk" }, { "ທາດຫຼວງ", "Thatluang" }, { "ໂພນທັນ", "Phonthan" }, { "ນາແຮ່", "Nahae" },
			{ "ສີເມືອງ", "Simuang" }, { "ດອນແດງ", "Dondaeng" } };

	private static final String[][] STREETS = { { "ຖະໜົນລ້ານຊ້າງ", "Lane Xang Avenue" },
			{ "ຖະໜົນສາມແສນໄທ", "Samsenthai Road" }, { "ຖະໜົນເສດຖາທິລາດ", "Setthathirath Road" },
			{ "ຖະໜົນກຳແພງເມືອງ", "Kamphaengmeuang Road" }, { "ຖະໜົນໜອງບອນ", "Nongbone Road" },
			{ "ຖະໜົນ 13 ເໜືອ", "Road 13 North" }, { "ຖະໜົນ 13 ໃຕ້", "Road 13 South" },
			{ "ຖະໜົນໄກສອນ ພົມວິຫານ", "Kaysone Phomvihane Road" } };

	// --- names ---------------------------------------------------------------------

	/** Parts of company names: Lao and the English rendering used in the English name. */
	private static final String[][] NAME_WORDS = { { "ລາວ", "Lao" }, { "ດິຈິຕອນ", "Digital" }, { "ເທັກ", "Tech" },
			{ "ເນັດ", "Net" }, { "ພັດທະນາ", "Phatthana" }, { "ຈະເລີນ", "Charoen" }, { "ຮຸ່ງເຮືອງ", "Houngheuang" },
			{ "ກ້າວໜ້າ", "Kaona" }, { "ມິດຕະພາບ", "Mittaphab" }, { "ສາມັກຄີ", "Samakkhi" },
			{ "ແສງຕາເວັນ", "Sengtawan" }, { "ດາວເຮືອງ", "Daoheuang" }, { "ຂອບຟ້າ", "Khopfa" }, { "ນາຄາ", "Naka" },
			{ "ຈຳປາ", "Champa" }, { "ໂທລະຄົມ", "Telecom" }, { "ສື່ສານ", "Communications" }, { "ຊອບແວ", "Software" },
			{ "ຄອມພິວເຕີ", "Computer" }, { "ອິນເຕີເນັດ", "Internet" }, { "ໄອທີ", "IT" }, { "ເຕັກໂນໂລຊີ", "Technology" },
			{ "ໂຊລູຊັນ", "Solutions" }, { "ສະມາດ", "Smart" }, { "ເອເຊຍ", "Asia" }, { "ລ້ານຊ້າງ", "Lane Xang" },
			{ "ແມ່ຂອງ", "Mekong" }, { "ວຽງຈັນ", "Vientiane" }, { "ສະຫວັນ", "Savan" }, { "ພູສີ", "Phousi" } };

	private static final String[][] GIVEN_NAMES = { { "ສົມພອນ", "Somphone" }, { "ບຸນມີ", "Bounmy" },
			{ "ຄຳພອນ", "Khamphone" }, { "ສຸລິວົງ", "Soulivong" }, { "ພອນສະຫວັນ", "Phonesavanh" }, { "ວົງສາ", "Vongsa" },
			{ "ແກ້ວມະນີ", "Keomany" }, { "ສີສົມພອນ", "Sisomphone" }, { "ທອງລາ", "Thongla" }, { "ບົວພັນ", "Bouaphanh" },
			{ "ມະນີວັນ", "Manivanh" }, { "ອານຸສອນ", "Anousone" }, { "ສຸກສະຫວັນ", "Souksavanh" },
			{ "ນິດສະໄໝ", "Nitsamay" } };

	private static final String[][] FAMILY_NAMES = { { "ສີຫາລາດ", "Sihalath" }, { "ພົມມະວົງ", "Phommavong" },
			{ "ວົງໄຊ", "Vongsay" }, { "ສຸວັນນະວົງ", "Souvannavong" }, { "ແສງສຸລິຍາ", "Sengsouliya" },
			{ "ອິນທະວົງ", "Inthavong" }, { "ຈັນທະວົງ", "Chanthavong" }, { "ໄຊຍະວົງ", "Xayavong" },
			{ "ພິລາວັນ", "Philavanh" }, { "ຄຳມະນີ", "Khammany" }, { "ດວງມາລາ", "Douangmala" }, { "ບຸບຜາ", "Bouppha" } };

	// --- licence types -------------------------------------------------------------

	static final String[] TYPES = { "ICT-ISP1", "ICT-ISP2", "ICT-ISP3", "ICT-SOFT", "ICT-CONS", "ICT-SHOP", "ICT-IMP",
			"ICT-DIST", "ICT-INST" };

	/** From the sector plan's counts (dealers, cafés and installers dominate). */
	private static final double[] TYPE_WEIGHTS = { 1, 1, 2, 10, 7, 25, 5, 35, 14 };

	/** Planned services per type, Lao and English. */
	private static final String[][][] SERVICES = {
			{ { "ໃຫ້ບໍລິການອິນເຕີເນັດຄວາມໄວສູງທົ່ວປະເທດ ຜ່ານສາຍໃຍແກ້ວນຳແສງ ແລະ ເຊື່ອມຕໍ່ກັບເຄືອຂ່າຍສາກົນ",
					"Nationwide high-speed internet access over fibre optic cable with international connectivity" } },
			{ { "ໃຫ້ບໍລິການອິນເຕີເນັດ ແລະ ບໍລິການເຊົ່າສາຍສົ່ງຂໍ້ມູນ ໃຫ້ແກ່ວິສາຫະກິດ ແລະ ອົງການລັດ",
					"Internet access and leased data lines for enterprises and government agencies" } },
			{ { "ໃຫ້ບໍລິການອິນເຕີເນັດໄຮ້ສາຍ ແລະ ອິນເຕີເນັດບ້ານ ໃນເຂດເມືອງ",
					"Wireless and home internet service in the urban districts" } },
			{ { "ພັດທະນາຊອບແວ ແລະ ແອັບພລິເຄຊັນມືຖື ສຳລັບທະນາຄານ, ໂຮງໝໍ ແລະ ໂຮງຮຽນ",
					"Development of software and mobile applications for banks, hospitals and schools" },
					{ "ບໍລິການເວັບໄຊ, ຖານຂໍ້ມູນ ແລະ ລະບົບຄຸ້ມຄອງວິສາຫະກິດ",
							"Websites, databases and enterprise management systems" } },
			{ { "ໃຫ້ຄຳປຶກສາ ແລະ ຝຶກອົບຮົມດ້ານຄວາມປອດໄພໄຊເບີ ແລະ ການຄຸ້ມຄອງເຄືອຂ່າຍ",
					"Consulting and training in cybersecurity and network management" },
					{ "ຝຶກອົບຮົມການນຳໃຊ້ຄອມພິວເຕີ ໃຫ້ພະນັກງານລັດ ແລະ ນັກສຶກສາ",
							"Computer training for civil servants and students" } },
			{ { "ຮ້ານອິນເຕີເນັດ ບໍລິການພິມເອກະສານ ແລະ ສະແກນ ສຳລັບນັກຮຽນ ແລະ ນັກທ່ອງທ່ຽວ",
					"Internet café with printing and scanning for students and tourists" },
					{ "ຮ້ານຂາຍ ແລະ ເຕີມເງິນໂທລະສັບມືຖື, ຂາຍອຸປະກອນເສີມ",
							"Shop selling mobile phones, top-up cards and accessories" } },
			{ { "ນຳເຂົ້າອຸປະກອນໄອຊີທີ ແລະ ອຸປະກອນເຄືອຂ່າຍ ຈາກປະເທດໄທ, ຈີນ ແລະ ຫວຽດນາມ",
					"Import of ICT and network equipment from Thailand, China and Vietnam" } },
			{ { "ຈຳໜ່າຍຄອມພິວເຕີ, ໂທລະສັບມືຖື ແລະ ອຸປະກອນເຄືອຂ່າຍ ທັງຂາຍຍົກ ແລະ ຂາຍຍ່ອຍ",
					"Wholesale and retail distribution of computers, mobile phones and network equipment" },
					{ "ຕົວແທນຈຳໜ່າຍຊີມກາດ ແລະ ບັດເຕີມເງິນ", "SIM card and top-up card dealer" } },
			{ { "ຕິດຕັ້ງ ແລະ ສ້ອມແປງຄອມພິວເຕີ, ກ້ອງວົງຈອນປິດ ແລະ ລະບົບເຄືອຂ່າຍ",
					"Installation and repair of computers, CCTV cameras and network systems" },
					{ "ສ້ອມແປງໂທລະສັບມືຖື ແລະ ເຄື່ອງໃຊ້ໄຟຟ້າ", "Repair of mobile phones and electronic devices" } } };

	// --- attachment and note sentences ------------------------------------------------

	private static final String[][] PLAN_SENTENCES = {
			{ "ບໍລິສັດມີແຜນຂະຫຍາຍການບໍລິການໄປສູ່ທຸກເມືອງຂອງ%s.",
					"The company plans to extend its services to every district of %s." },
			{ "ພວກເຮົາຈະຈ້າງພະນັກງານ %d ຄົນ ແລະ ຝຶກອົບຮົມດ້ານເຕັກນິກໃຫ້ທຸກຄົນ.",
					"We will employ %d staff and give every one of them technical training." },
			{ "ລາຍຮັບຄາດຄະເນໃນປີທຳອິດ ແມ່ນ %d ລ້ານກີບ.", "Expected revenue in the first year is %d million kip." },
			{ "ອຸປະກອນທັງໝົດໄດ້ຮັບການຢັ້ງຢືນມາດຕະຖານເຕັກນິກ.", "All equipment carries a type approval certificate." },
			{ "ການບໍລິການລູກຄ້າເປີດ 24 ຊົ່ວໂມງ ທາງໂທລະສັບ ແລະ ອີເມວ.",
					"Customer support is available 24 hours a day by phone and e-mail." },
			{ "ລູກຄ້າເປົ້າໝາຍແມ່ນນັກຮຽນ, ນັກສຶກສາ ແລະ ວິສາຫະກິດຂະໜາດນ້ອຍ ແລະ ກາງ.",
					"Target customers are students and small and medium enterprises." },
			{ "ບໍລິສັດຈະປະຕິບັດຕາມກົດໝາຍວ່າດ້ວຍການສື່ສານ ແລະ ກົດໝາຍວ່າດ້ວຍການປົກປ້ອງຂໍ້ມູນເອເລັກໂຕຣນິກ.",
					"The company will comply with the law on telecommunications and the law on electronic data protection." },
			{ "ທຶນຈົດທະບຽນ %d ລ້ານກີບ ແມ່ນມາຈາກຜູ້ຖືຮຸ້ນລາວທັງໝົດ.",
					"The registered capital of %d million kip is held entirely by Lao shareholders." },
			{ "ສຳນັກງານໃຫຍ່ຕັ້ງຢູ່ %s ແລະ ມີສາຂາ %d ແຫ່ງ.", "The head office is in %s with %d branches." },
			{ "ພວກເຮົາຈະລາຍງານສະຖິຕິການບໍລິການໃຫ້ພະແນກເຕັກໂນໂລຊີ ແລະ ການສື່ສານ ທຸກໆສາມເດືອນ.",
					"We will report service statistics to the Department of Technology and Communications every quarter." } };

	private static final String[][] COMPLAINT_SENTENCES = {
			{ "ລູກຄ້າຮ້ອງທຸກວ່າ ອິນເຕີເນັດຊ້າ ແລະ ຂາດການເຊື່ອມຕໍ່ເລື້ອຍໆ.",
					"Customers complained about slow internet and frequent disconnections." },
			{ "ຜູ້ກວດກາພົບວ່າ ຮ້ານບໍ່ໄດ້ຕິດໃບອະນຸຍາດໄວ້ໃນບ່ອນທີ່ເຫັນໄດ້ງ່າຍ.",
					"The inspector found that the shop did not display its licence." },
			{ "ຄ່າບໍລິການສູງກວ່າທີ່ໄດ້ແຈ້ງໄວ້ໃນສັນຍາ.", "Charges were higher than stated in the contract." },
			{ "ພົບອຸປະກອນທີ່ບໍ່ມີໃບຢັ້ງຢືນມາດຕະຖານເຕັກນິກ ຈຶ່ງໄດ້ກັກຍຶດໄວ້.",
					"Equipment without a type approval certificate was found and seized." },
			{ "ໄດ້ອອກໜັງສືກ່າວເຕືອນ ແລະ ເຮັດບົດບັນທຶກການກວດກາ.",
					"A warning was issued and a written record of the inspection was made." },
			{ "ພະແນກໄດ້ໄກ່ເກ່ຍຂໍ້ຂັດແຍ່ງລະຫວ່າງລູກຄ້າ ແລະ ຜູ້ໃຫ້ບໍລິການ.",
					"The department mediated the dispute between the customer and the provider." } };

	private static final String[][] NOTES = { { "ກະລຸນາສົ່ງສຳເນົາໃບທະບຽນວິສາຫະກິດ ທີ່ມີການຢັ້ງຢືນ.", null },
			{ "ໄດ້ກວດກາສະຖານທີ່ແລ້ວ ຖືກຕ້ອງຕາມເງື່ອນໄຂ.", "Site inspection done; the premises meet the conditions." },
			{ "ເອກະສານຄົບຖ້ວນ ສະເໜີຄະນະພະແນກພິຈາລະນາ.", "Documents complete; forwarded to department leadership." },
			{ "ຜູ້ຍື່ນຄຳຮ້ອງໄດ້ຊຳລະຄ່າທຳນຽມແລ້ວ.", "The applicant has paid the fee." },
			{ "ແຜນທຸລະກິດຍັງບໍ່ລະບຸຈຳນວນພະນັກງານ.", "The business plan does not state the number of staff." } };

	private static final String[] CASE_STATUSES = { "DRAFT", "SUBMITTED", "INFO_REQUESTED", "IN_STUDY",
			"AWAITING_DECISION", "APPROVED", "REJECTED" };

	private static final int[] YEARS = { 2021, 2022, 2023, 2024, 2025, 2026 };

	private static final double[] YEAR_WEIGHTS = { 10, 13, 16, 19, 22, 20 };

	/** Status weights by age: cases of past years are mostly closed. */
	private static final double[] STATUS_WEIGHTS_OLD = { 2, 0.5, 0.5, 0.5, 0.5, 72, 24 };

	private static final double[] STATUS_WEIGHTS_2025 = { 4, 2, 2, 3, 2, 65, 22 };

	private static final double[] STATUS_WEIGHTS_2026 = { 10, 18, 8, 16, 8, 30, 10 };

	private final long seed;

	public CaseDataGenerator(long seed) {
		this.seed = seed;
	}

	/**
	 * What was loaded.
	 */
	public record Summary(long companies, long cases, long events, long notes, long documents, long licences,
			Duration took) {

	}

	/**
	 * Loads {@code cases} cases (and their companies, events, notes, attachments and
	 * licences) into the empty tables of a migrated Anuyat database.
	 * @param connection a connection to PostgreSQL, as a superuser
	 * @param cases how many cases
	 * @param progress told of the cases loaded so far, after each chunk
	 */
	public Summary load(Connection connection, int cases, IntConsumer progress) throws SQLException, IOException {
		long started = System.nanoTime();
		CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
		boolean autoCommit = connection.getAutoCommit();
		connection.setAutoCommit(true);
		try (Statement statement = connection.createStatement()) {
			statement.execute("SET session_replication_role = replica");
			statement.execute("SET synchronous_commit = off");
		}
		int companies = Math.max(1, cases / 3);
		for (int from = 0; from < companies; from += 20_000) {
			StringBuilder rows = new StringBuilder();
			for (int i = from; i < Math.min(companies, from + 20_000); i++) {
				companyRow(rows, company(i));
			}
			copy(copy, "company (id, name_lo, name_en, registration_number, tax_number, province_code, address, "
					+ "contact_name, email, phone, created_at)", rows);
		}
		SplittableRandom random = new SplittableRandom(this.seed);
		Map<String, Integer> counters = new LinkedHashMap<>();
		Counts counts = new Counts();
		for (int from = 0; from < cases; from += CHUNK) {
			Chunk chunk = new Chunk();
			for (int i = from; i < Math.min(cases, from + CHUNK); i++) {
				caseRows(chunk, i + 1L, random, companies, counters, counts);
			}
			copy(copy, "case_file (id, version, case_number, case_type, province_code, authority_code, company_id, "
					+ "applicant_username, status, form_data, due_date, studied_by, study_outcome, recommendation, "
					+ "decided_by, decision, decision_reasons, licence_number, created_at, submitted_at, closed_at)",
					chunk.cases);
			copy(copy, "case_event (id, case_id, at, actor, type, description_lo, description_en)", chunk.events);
			copy(copy, "case_note (id, case_id, author, text, at)", chunk.notes);
			copy(copy, "stored_document (id, case_id, document_type, file_name, media_type, size_bytes, sha256, "
					+ "extracted_text, uploaded_by, uploaded_at)", chunk.documents);
			copy(copy, "licence (id, licence_number, licence_type_code, company_id, holder_name_lo, holder_name_en, "
					+ "authority_code, case_id, case_number, issued_on, valid_until, status, status_reason, issued_by)",
					chunk.licences);
			progress.accept(Math.min(cases, from + CHUNK));
		}
		StringBuilder series = new StringBuilder();
		counters.forEach((name, last) -> {
			field(series, name).append(',');
			series.append(last).append('\n');
		});
		copy(copy, "number_counter (series, last_number)", series);
		try (Statement statement = connection.createStatement()) {
			for (String table : new String[] { "company", "case_file", "case_event", "case_note", "stored_document",
					"licence" }) {
				statement.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), "
						+ "GREATEST(1, (SELECT COALESCE(MAX(id), 0) FROM " + table + ")))");
			}
			statement.execute("SET session_replication_role = DEFAULT");
			statement.execute("ANALYZE");
		}
		connection.setAutoCommit(autoCommit);
		return new Summary(companies, cases, counts.events, counts.notes, counts.documents, counts.licences,
				Duration.ofNanos(System.nanoTime() - started));
	}

	private static void copy(CopyManager copy, String table, StringBuilder rows) throws SQLException {
		if (rows.isEmpty()) {
			return;
		}
		byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
		CopyIn in = copy.copyIn("COPY " + table + " FROM STDIN WITH (FORMAT csv)");
		try {
			in.writeToCopy(bytes, 0, bytes.length);
			in.endCopy();
		}
		finally {
			if (in.isActive()) {
				in.cancelCopy();
			}
		}
	}

	// --- companies -----------------------------------------------------------------

	/**
	 * A company, derived from its index alone, so that cases can refer to it without
	 * keeping all companies in memory.
	 */
	record Company(long id, int province, String nameLo, String nameEn, String registrationNumber, String taxNumber,
			int district, int village, String streetLo, String streetEn, int house, String contactLo, String contactEn,
			String phone, LocalDateTime createdAt) {

		String addressLo() {
			return this.streetLo + ", ເຮືອນເລກທີ " + this.house;
		}

		String districtLo() {
			return "ເມືອງ" + DISTRICTS[this.province][this.district][0];
		}

		String villageLo() {
			return "ບ້ານ" + VILLAGES[this.village][0];
		}

	}

	Company company(int index) {
		SplittableRandom random = new SplittableRandom(this.seed * 1_000_003L + index);
		int province = weighted(random, PROVINCE_WEIGHTS);
		StringBuilder lo = new StringBuilder();
		StringBuilder en = new StringBuilder();
		int form = random.nextInt(10);
		if (form < 2) {
			String[] person = GIVEN_NAMES[random.nextInt(GIVEN_NAMES.length)];
			lo.append(person[0]).append(' ');
			en.append(person[1]).append(' ');
		}
		else if (form < 3) {
			lo.append(PROVINCES_LO[province].replace("ນະຄອນຫຼວງ", "").replace("ແຂວງ", "")).append(' ');
			en.append(PROVINCES_EN[province].replace(" Capital", "").replace(" Province", "")).append(' ');
		}
		int words = 1 + random.nextInt(2);
		int previous = -1;
		for (int w = 0; w < words; w++) {
			int word = random.nextInt(NAME_WORDS.length);
			if (word == previous) {
				word = (word + 1) % NAME_WORDS.length;
			}
			previous = word;
			lo.append(NAME_WORDS[word][0]).append(' ');
			en.append(NAME_WORDS[word][1]).append(' ');
		}
		String nameLo;
		String nameEn;
		int kind = random.nextInt(10);
		if (kind < 6) {
			nameLo = "ບໍລິສັດ " + lo + "ຈຳກັດ";
			nameEn = en + "Co., Ltd.";
		}
		else if (kind < 8) {
			nameLo = "ບໍລິສັດ " + lo + "ຈຳກັດຜູ້ດຽວ";
			nameEn = en + "Sole Co., Ltd.";
		}
		else if (kind < 9) {
			nameLo = "ຮ້ານ " + lo.toString().strip();
			nameEn = en + "Shop";
		}
		else {
			nameLo = "ວິສາຫະກິດ " + lo.toString().strip();
			nameEn = en + "Enterprise";
		}
		int district = random.nextInt(DISTRICTS[province].length);
		int village = random.nextInt(VILLAGES.length);
		String[] street = STREETS[random.nextInt(STREETS.length)];
		String[] given = GIVEN_NAMES[random.nextInt(GIVEN_NAMES.length)];
		String[] family = FAMILY_NAMES[random.nextInt(FAMILY_NAMES.length)];
		LocalDateTime created = LocalDateTime.of(2015 + random.nextInt(11), 1 + random.nextInt(12),
				1 + random.nextInt(28), 8 + random.nextInt(9), random.nextInt(60));
		return new Company(index + 1L, province, nameLo, nameEn.strip(),
				String.format("%02d-%08d", 1 + province, 10_000 + index),
				String.format("%09d-000", 100_000_000 + index), district, village, street[0], street[1],
				1 + random.nextInt(300), given[0] + " " + family[0], given[1] + " " + family[1],
				"+856 20 " + (55_000_000 + random.nextInt(44_999_999)), created);
	}

	private static void companyRow(StringBuilder out, Company c) {
		out.append(c.id()).append(',');
		field(out, c.nameLo()).append(',');
		field(out, c.nameEn()).append(',');
		field(out, c.registrationNumber()).append(',');
		field(out, c.taxNumber()).append(',');
		field(out, PROVINCES[c.province()]).append(',');
		field(out, c.addressLo() + ", " + c.villageLo() + ", " + c.districtLo() + ", " + PROVINCES_LO[c.province()])
			.append(',');
		field(out, c.contactLo()).append(',');
		field(out, "info" + c.id() + "@example.la").append(',');
		field(out, c.phone()).append(',');
		field(out, timestamp(c.createdAt())).append('\n');
	}

	// --- cases ---------------------------------------------------------------------

	private static final class Chunk {

		final StringBuilder cases = new StringBuilder(CHUNK * 1200);

		final StringBuilder events = new StringBuilder(CHUNK * 400);

		final StringBuilder notes = new StringBuilder(CHUNK * 60);

		final StringBuilder documents = new StringBuilder(CHUNK * 3000);

		final StringBuilder licences = new StringBuilder(CHUNK * 200);

	}

	private static final class Counts {

		long events;

		long notes;

		long documents;

		long licences;

	}

	private void caseRows(Chunk chunk, long id, SplittableRandom random, int companies, Map<String, Integer> counters,
			Counts counts) {
		Company company = company(random.nextInt(companies));
		int type = weighted(random, TYPE_WEIGHTS);
		String caseType = TYPES[type];
		int province = (random.nextInt(10) < 9) ? company.province() : weighted(random, PROVINCE_WEIGHTS);
		String provinceCode = PROVINCES[province];
		// national ISPs are licensed by the ministry, everything else by the province
		String authority = (type <= 1) ? "MTC" : provinceCode;
		int year = YEARS[weighted(random, YEAR_WEIGHTS)];
		String status = CASE_STATUSES[weighted(random,
				(year <= 2024) ? STATUS_WEIGHTS_OLD : (year == 2025) ? STATUS_WEIGHTS_2025 : STATUS_WEIGHTS_2026)];
		LocalDateTime latest = (year == NOW.getYear()) ? NOW.minusDays(1) : LocalDateTime.of(year, 12, 31, 17, 0);
		LocalDateTime yearStart = LocalDateTime.of(year, 1, 2, 8, 0);
		long span = Duration.between(yearStart, latest).toMinutes();
		LocalDateTime created = yearStart.plusMinutes(random.nextLong(span));
		boolean draft = status.equals("DRAFT");
		boolean closed = status.equals("APPROVED") || status.equals("REJECTED");
		boolean studied = closed || status.equals("AWAITING_DECISION");
		LocalDateTime submitted = draft ? null : min(created.plusHours(1 + random.nextInt(120)), NOW);
		LocalDateTime closedAt = closed ? min(submitted.plusDays(3 + random.nextInt(40)), NOW) : null;
		String series = "ICT-" + provinceCode + "-" + year;
		String caseNumber = series + "-" + String.format("%06d", counters.merge(series, 1, Integer::sum));
		String section = "section." + authority.toLowerCase();
		String head = "head." + authority.toLowerCase();
		String applicant = "applicant" + company.id();
		String licenceNumber = null;
		if (status.equals("APPROVED")) {
			String licenceSeries = "LIC-" + authority + "-" + closedAt.getYear();
			licenceNumber = licenceSeries + "-" + String.format("%06d", counters.merge(licenceSeries, 1, Integer::sum));
		}
		String[] services = SERVICES[type][random.nextInt(SERVICES[type].length)];
		StringBuilder c = chunk.cases;
		c.append(id).append(",0,");
		field(c, caseNumber).append(',');
		field(c, caseType).append(',');
		field(c, provinceCode).append(',');
		field(c, authority).append(',');
		c.append(company.id()).append(',');
		field(c, applicant).append(',');
		field(c, status).append(',');
		field(c, formData(company, type, province, services, random)).append(',');
		field(c, (draft || closed) ? null : timestamp(submitted.plusDays(30))).append(',');
		field(c, studied ? section : null).append(',');
		boolean approve = status.equals("APPROVED") || (!status.equals("REJECTED") && random.nextInt(5) > 0);
		field(c, studied ? (approve ? "RECOMMEND_APPROVE" : "RECOMMEND_REJECT") : null).append(',');
		field(c, studied ? (approve ? "ເອກະສານຄົບຖ້ວນ ແລະ ຖືກຕ້ອງຕາມເງື່ອນໄຂ" : "ແຜນທຸລະກິດບໍ່ຄົບຖ້ວນ") : null)
			.append(',');
		field(c, closed ? head : null).append(',');
		field(c, closed ? (status.equals("APPROVED") ? "APPROVE" : "REJECT") : null).append(',');
		field(c, status.equals("REJECTED") ? "ບໍ່ຄົບເງື່ອນໄຂຕາມກົດໝາຍ / The conditions of the law are not met" : null)
			.append(',');
		field(c, licenceNumber).append(',');
		field(c, timestamp(created)).append(',');
		field(c, timestamp(submitted)).append(',');
		field(c, timestamp(closedAt)).append('\n');

		long eventBase = id * 10;
		event(chunk.events, eventBase, id, created, applicant, "case.created", "ສ້າງຄຳຮ້ອງ", "Application drafted");
		counts.events++;
		if (!draft) {
			event(chunk.events, eventBase + 1, id, submitted, applicant, "case.submitted", "ຍື່ນຄຳຮ້ອງ",
					"Application submitted");
			counts.events++;
		}
		if (studied) {
			event(chunk.events, eventBase + 2, id, min(submitted.plusDays(2), NOW), section, "case.studied",
					"ພິຈາລະນາຄຳຮ້ອງແລ້ວ", "Application studied");
			counts.events++;
		}
		if (closed) {
			event(chunk.events, eventBase + 3, id, closedAt, head, "case.decided",
					status.equals("APPROVED") ? "ອະນຸມັດ" : "ປະຕິເສດ",
					status.equals("APPROVED") ? "Approved" : "Rejected");
			counts.events++;
		}
		if (!draft) {
			int notes = (random.nextInt(100) < 25) ? ((random.nextInt(100) < 20) ? 2 : 1) : 0;
			for (int n = 0; n < notes; n++) {
				String[] note = NOTES[random.nextInt(NOTES.length)];
				chunk.notes.append(id * 4 + n).append(',').append(id).append(',');
				field(chunk.notes, section).append(',');
				field(chunk.notes, (note[1] == null) ? note[0] : note[0] + " " + note[1]).append(',');
				field(chunk.notes, timestamp(min(submitted.plusDays(1 + n), NOW))).append('\n');
				counts.notes++;
			}
		}
		long documentBase = id * 4;
		LocalDateTime uploaded = created.plusMinutes(30);
		document(chunk.documents, documentBase, id, "enterprise-registration", applicant, uploaded,
				registrationText(company, random), random);
		counts.documents++;
		if (!draft && random.nextInt(100) < 65) {
			document(chunk.documents, documentBase + 1, id, "business-plan", applicant, uploaded,
					planText(company, services, random), random);
			counts.documents++;
		}
		if (!draft && random.nextInt(100) < 12) {
			document(chunk.documents, documentBase + 2, id, "inspection-report", section,
					min(submitted.plusDays(2), NOW), complaintText(random), random);
			counts.documents++;
		}

		if (licenceNumber != null) {
			LocalDate issued = closedAt.toLocalDate();
			LocalDate validUntil = issued.plusYears(3).minusDays(1);
			int r = random.nextInt(100);
			String licenceStatus = (r < 2) ? "SUSPENDED"
					: (r < 3) ? "REVOKED" : validUntil.isBefore(NOW.toLocalDate()) ? "EXPIRED" : "ACTIVE";
			StringBuilder l = chunk.licences;
			l.append(id).append(',');
			field(l, licenceNumber).append(',');
			field(l, caseType).append(',');
			l.append(company.id()).append(',');
			field(l, company.nameLo()).append(',');
			field(l, company.nameEn()).append(',');
			field(l, authority).append(',');
			l.append(id).append(',');
			field(l, caseNumber).append(',');
			field(l, issued.toString()).append(',');
			field(l, validUntil.toString()).append(',');
			field(l, licenceStatus).append(',');
			field(l, licenceStatus.equals("SUSPENDED") ? "ຜິດເງື່ອນໄຂໃບອະນຸຍາດ / Breach of licence conditions"
					: licenceStatus.equals("REVOKED") ? "ຖອນໃບອະນຸຍາດ / Licence revoked" : null)
				.append(',');
			field(l, head).append('\n');
			counts.licences++;
		}
	}

	private String formData(Company company, int type, int province, String[] services, SplittableRandom random) {
		StringBuilder json = new StringBuilder(600);
		json.append('{');
		jsonField(json, "companyNameLo", company.nameLo()).append(',');
		jsonField(json, "companyNameEn", company.nameEn()).append(',');
		jsonField(json, "enterpriseRegistrationNumber", company.registrationNumber()).append(',');
		jsonField(json, "taxNumber", company.taxNumber()).append(',');
		jsonField(json, "licenceType", TYPES[type]).append(',');
		jsonField(json, "province", PROVINCES[province]).append(',');
		jsonField(json, "district", company.districtLo()).append(',');
		jsonField(json, "village", company.villageLo()).append(',');
		jsonField(json, "address", company.addressLo()).append(',');
		jsonField(json, "contactName", company.contactLo()).append(',');
		jsonField(json, "phone", company.phone()).append(',');
		jsonField(json, "email", "info" + company.id() + "@example.la").append(',');
		jsonField(json, "plannedServices", services[0] + ". " + services[1] + ".").append(',');
		jsonField(json, "plannedStartDate",
				LocalDate.of(2021 + random.nextInt(6), 1 + random.nextInt(12), 1).toString())
			.append(',');
		json.append("\"numberOfStaff\":").append(1 + random.nextInt(80));
		json.append('}');
		return json.toString();
	}

	private static String registrationText(Company c, SplittableRandom random) {
		String text = "ໃບທະບຽນວິສາຫະກິດ ເລກທີ " + c.registrationNumber() + ". ຊື່ວິສາຫະກິດ: " + c.nameLo()
				+ ". ທີ່ຕັ້ງສຳນັກງານ: " + c.addressLo() + ", " + c.villageLo() + ", " + c.districtLo() + ", "
				+ PROVINCES_LO[c.province()] + ". ຜູ້ອຳນວຍການ: " + c.contactLo()
				+ ". ກະຊວງອຸດສາຫະກຳ ແລະ ການຄ້າ ຢັ້ງຢືນວ່າ ວິສາຫະກິດນີ້ໄດ້ຈົດທະບຽນຢ່າງຖືກຕ້ອງຕາມກົດໝາຍວ່າດ້ວຍວິສາຫະກິດ. "
				+ "Enterprise registration certificate no. " + c.registrationNumber() + " of " + c.nameEn() + ", "
				+ c.streetEn() + ", " + VILLAGES[c.village()][1] + " village, "
				+ DISTRICTS[c.province()][c.district()][1] + " district, " + PROVINCES_EN[c.province()]
				+ ". Managing director: " + c.contactEn() + ". Issued by the Ministry of Industry and Commerce.";
		return oldSpelling(text, random);
	}

	private static String planText(Company c, String[] services, SplittableRandom random) {
		StringBuilder lo = new StringBuilder("ແຜນທຸລະກິດຂອງ " + c.nameLo() + ". ການບໍລິການ: " + services[0] + ". ");
		StringBuilder en = new StringBuilder("Business plan of " + c.nameEn() + ". Services: " + services[1] + ". ");
		int sentences = 4 + random.nextInt(5);
		for (int s = 0; s < sentences; s++) {
			int k = random.nextInt(PLAN_SENTENCES.length);
			String[] sentence = PLAN_SENTENCES[k];
			int number = switch (k) {
				case 1 -> 3 + random.nextInt(60);
				case 2 -> 50 + random.nextInt(5_000);
				case 7 -> 100 + random.nextInt(2_000);
				default -> 1 + random.nextInt(5);
			};
			if (k == 0) {
				lo.append(String.format(sentence[0], PROVINCES_LO[c.province()])).append(' ');
				en.append(String.format(sentence[1], PROVINCES_EN[c.province()])).append(' ');
			}
			else if (k == 8) {
				lo.append(String.format(sentence[0], c.districtLo(), number)).append(' ');
				en.append(String.format(sentence[1], DISTRICTS[c.province()][c.district()][1], number)).append(' ');
			}
			else {
				lo.append(sentence[0].contains("%d") ? String.format(sentence[0], number) : sentence[0]).append(' ');
				en.append(sentence[1].contains("%d") ? String.format(sentence[1], number) : sentence[1]).append(' ');
			}
		}
		return oldSpelling(lo.append(en).toString().strip(), random);
	}

	private static String complaintText(SplittableRandom random) {
		StringBuilder lo = new StringBuilder("ບົດລາຍງານການກວດກາ. ");
		StringBuilder en = new StringBuilder("Inspection report. ");
		int sentences = 2 + random.nextInt(3);
		for (int s = 0; s < sentences; s++) {
			String[] sentence = COMPLAINT_SENTENCES[random.nextInt(COMPLAINT_SENTENCES.length)];
			lo.append(sentence[0]).append(' ');
			en.append(sentence[1]).append(' ');
		}
		return oldSpelling(lo.append(en).toString().strip(), random);
	}

	/**
	 * One attachment in ten written with older spellings (ຫນ for ໜ, ຫມ for ໝ, ໍາ for ຳ),
	 * as seen in scanned official texts; the search normalises them.
	 */
	private static String oldSpelling(String text, SplittableRandom random) {
		if (random.nextInt(10) != 0) {
			return text;
		}
		return text.replace("ໜ", "ຫນ").replace("ໝ", "ຫມ").replace("ຳ", "ໍາ");
	}

	private static void document(StringBuilder out, long id, long caseId, String type, String uploadedBy,
			LocalDateTime at, String text, SplittableRandom random) {
		out.append(id).append(',').append(caseId).append(',');
		field(out, type).append(',');
		field(out, type + ".pdf").append(',');
		field(out, "application/pdf").append(',');
		out.append(40_000 + random.nextInt(2_000_000)).append(',');
		byte[] hash = new byte[32];
		for (int i = 0; i < hash.length; i += 8) {
			long bits = random.nextLong();
			for (int b = 0; b < 8; b++) {
				hash[i + b] = (byte) (bits >>> (8 * b));
			}
		}
		field(out, HexFormat.of().formatHex(hash)).append(',');
		field(out, text).append(',');
		field(out, uploadedBy).append(',');
		field(out, timestamp(min(at, NOW))).append('\n');
	}

	private static void event(StringBuilder out, long id, long caseId, LocalDateTime at, String actor, String type,
			String lo, String en) {
		out.append(id).append(',').append(caseId).append(',');
		field(out, timestamp(at)).append(',');
		field(out, actor).append(',');
		field(out, type).append(',');
		field(out, lo).append(',');
		field(out, en).append('\n');
	}

	// --- helpers -------------------------------------------------------------------

	private static int weighted(SplittableRandom random, double[] weights) {
		double total = 0;
		for (double w : weights) {
			total += w;
		}
		double r = random.nextDouble() * total;
		for (int i = 0; i < weights.length; i++) {
			r -= weights[i];
			if (r < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

	private static LocalDateTime min(LocalDateTime a, LocalDateTime b) {
		return a.isBefore(b) ? a : b;
	}

	private static String timestamp(LocalDateTime at) {
		return (at == null) ? null : TIMESTAMP.format(at);
	}

	/** A CSV field: quoted, quotes doubled; null as an unquoted empty field (NULL). */
	private static StringBuilder field(StringBuilder out, String value) {
		if (value == null) {
			return out;
		}
		out.append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '"') {
				out.append('"');
			}
			out.append(c);
		}
		return out.append('"');
	}

	private static StringBuilder jsonField(StringBuilder out, String key, String value) {
		out.append('"').append(key).append("\":\"");
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '"' || c == '\\') {
				out.append('\\');
			}
			out.append(c);
		}
		return out.append('"');
	}

}
