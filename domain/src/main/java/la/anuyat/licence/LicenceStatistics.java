package la.anuyat.licence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import la.anuyat.identity.Actor;
import la.anuyat.licence.internal.LicenceRepository;
import la.anuyat.shared.ForbiddenException;
import la.anuyat.shared.LocalizedText;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts of the licences in force of a type, by the answers its form tags as statistics:
 * the province's SIM-card dealers by operator and by district, and by both. Staff see the
 * authorities of their jurisdiction.
 */
@Service
@Transactional(readOnly = true)
public class LicenceStatistics {

	private final LicenceRepository licences;

	private final LicenceChanges changes;

	private final StatisticFields fields;

	private final LicenceService licenceService;

	private final Clock clock;

	public LicenceStatistics(LicenceRepository licences, LicenceChanges changes, StatisticFields fields,
			LicenceService licenceService, Clock clock) {
		this.licences = licences;
		this.changes = changes;
		this.fields = fields;
		this.licenceService = licenceService;
		this.clock = clock;
	}

	/**
	 * @param authorityCode one authority, or {@code null} for every authority in the
	 * viewer's jurisdiction
	 */
	public Report report(Actor viewer, String licenceType, String authorityCode) {
		if (viewer == null || !viewer.isStaff()
				|| (authorityCode != null && !viewer.hasJurisdictionOver(authorityCode))) {
			throw new ForbiddenException("statistics.forbidden",
					LocalizedText.of("ທ່ານບໍ່ມີສິດເບິ່ງສະຖິຕິນີ້", "These statistics are outside your jurisdiction"));
		}
		LicenceType type = this.licenceService.licenceType(licenceType);
		LocalDate today = LocalDate.now(this.clock);
		Map<String, Breakdown> byKey = new LinkedHashMap<>();
		Map<String, Map<String, Long>> cross = new TreeMap<>();
		int total = 0;
		for (Licence licence : this.licences.findByLicenceTypeCodeAndStatusOrderById(type.getCode(),
				LicenceStatus.ACTIVE)) {
			if (licence.verificationStatus(today) != VerificationStatus.VALID
					|| !viewer.hasJurisdictionOver(licence.getAuthorityCode())
					|| (authorityCode != null && !authorityCode.equals(licence.getAuthorityCode()))) {
				continue;
			}
			total++;
			List<StatisticFields.Dimension> dimensions = this.fields.dimensionsOf(type.getCode(),
					this.changes.latestApplicationOf(licence).getFormData());
			for (StatisticFields.Dimension dimension : dimensions) {
				Breakdown breakdown = byKey.computeIfAbsent(dimension.key(),
						(key) -> new Breakdown(key, dimension.label(), new TreeMap<>(), new LinkedHashMap<>()));
				for (StatisticFields.Value value : dimension.values()) {
					breakdown.counts().merge(value.value(), 1L, Long::sum);
					breakdown.labels().putIfAbsent(value.value(), value.label());
				}
			}
			if (dimensions.size() >= 2) {
				// the first two tagged fields crossed: operator × district
				for (StatisticFields.Value first : dimensions.get(0).values()) {
					for (StatisticFields.Value second : dimensions.get(1).values()) {
						cross.computeIfAbsent(first.value(), (key) -> new TreeMap<>())
							.merge(second.value(), 1L, Long::sum);
					}
				}
			}
		}
		return new Report(type.getCode(), type.getName(), authorityCode, today, total, new ArrayList<>(byKey.values()),
				cross);
	}

	/**
	 * @param total the licences in force counted
	 * @param breakdowns per tagged field, the licences by answer
	 * @param crossed the first tagged field's answers by the second's
	 */
	public record Report(String licenceType, LocalizedText licenceTypeName, String authorityCode, LocalDate on,
			int total, List<Breakdown> breakdowns, Map<String, Map<String, Long>> crossed) {

		/**
		 * The answers of the second tagged field that the crossed counts have, sorted.
		 */
		public List<String> crossedColumns() {
			java.util.TreeSet<String> columns = new java.util.TreeSet<>();
			this.crossed.values().forEach((row) -> columns.addAll(row.keySet()));
			return List.copyOf(columns);
		}

		/**
		 * The crossed counts as CSV (RFC 4180, CRLF, a BOM so that spreadsheets read the
		 * Lao as UTF-8): a row per answer of the first tagged field, a column per answer
		 * of the second. A cell starting with =, +, - or @ is defused, so that a
		 * spreadsheet reads it as text.
		 */
		public String toCsv() {
			List<String> columns = crossedColumns();
			StringBuilder csv = new StringBuilder("\uFEFF");
			String first = this.breakdowns.isEmpty() ? "value" : this.breakdowns.get(0).key();
			String second = (this.breakdowns.size() > 1) ? this.breakdowns.get(1).key() : "";
			csv.append(cell(first + " \\ " + second));
			columns.forEach((column) -> csv.append(',').append(cell(column)));
			csv.append("\r\n");
			for (Map.Entry<String, Map<String, Long>> row : this.crossed.entrySet()) {
				csv.append(cell(row.getKey()));
				columns.forEach((column) -> csv.append(',').append(row.getValue().getOrDefault(column, 0L)));
				csv.append("\r\n");
			}
			return csv.toString();
		}

		private static String cell(String text) {
			String value = (text == null) ? "" : text;
			if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) {
				value = "'" + value;
			}
			return "\"" + value.replace("\"", "\"\"") + "\"";
		}

	}

	/**
	 * The licence types whose forms tag answers as statistics.
	 */
	public List<LicenceType> countedTypes() {
		return this.licenceService.licenceTypes()
			.stream()
			.filter((type) -> !this.fields.dimensionsOf(type.getCode(), null).isEmpty())
			.toList();
	}

	/** The licences by the answers to one tagged field. */
	public record Breakdown(String key, LocalizedText label, Map<String, Long> counts,
			Map<String, LocalizedText> labels) {
	}

}
