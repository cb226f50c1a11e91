package la.anuyat.complaint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import la.anuyat.casefile.CaseTypeCatalogue;
import la.anuyat.complaint.internal.ComplaintRepository;
import la.anuyat.party.Company;
import la.anuyat.party.PartyService;
import la.anuyat.shared.FieldError;
import la.anuyat.shared.InvalidInputException;
import la.anuyat.shared.LocalizedText;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The complaint figures the public may see, per month (of filing), province, operator and
 * category: how many were filed, the median time to the operator's response and to a
 * decision, and the share upheld of those decided. Counts only: no complainant, no text.
 */
@Service
@Transactional(readOnly = true)
public class ComplaintFigures {

	/** The longest period one request may cover. */
	static final int MAX_MONTHS = 36;

	private final ComplaintRepository complaints;

	private final PartyService parties;

	private final CaseTypeCatalogue caseTypes;

	public ComplaintFigures(ComplaintRepository complaints, PartyService parties, CaseTypeCatalogue caseTypes) {
		this.complaints = complaints;
		this.parties = parties;
		this.caseTypes = caseTypes;
	}

	/**
	 * One row of the figures.
	 *
	 * @param medianResponseHours the median hours from filing to the operator's response,
	 * of those answered; null when none was
	 * @param medianDecisionDays the median days from filing to the decision, of those
	 * decided; null when none was
	 * @param upheldPercent the share upheld of those decided, in percent; null when none
	 * was decided
	 */
	public record Row(YearMonth month, String provinceCode, String operatorLo, String operatorEn, String category,
			String categoryLo, String categoryEn, int filed, int responded, Double medianResponseHours, int decided,
			Double medianDecisionDays, int upheld, Double upheldPercent) {
	}

	/** The figures of the months from {@code from} to {@code to}, both included. */
	public List<Row> figures(YearMonth from, YearMonth to, String provinceCode) {
		if (from == null || to == null || to.isBefore(from) || from.plusMonths(MAX_MONTHS - 1).isBefore(to)) {
			LocalizedText text = LocalizedText.of("ໄລຍະເດືອນບໍ່ຖືກຕ້ອງ (ບໍ່ເກີນ " + MAX_MONTHS + " ເດືອນ)",
					"The months are not a valid period (at most " + MAX_MONTHS + " months, from before to)");
			throw new InvalidInputException("figures.period", text, List.of(new FieldError("from", text)));
		}
		Map<List<Object>, List<Complaint>> groups = new LinkedHashMap<>();
		for (Complaint complaint : this.complaints.findByFiledAtGreaterThanEqualAndFiledAtLessThan(
				from.atDay(1).atStartOfDay(), to.plusMonths(1).atDay(1).atStartOfDay())) {
			if (provinceCode != null && !provinceCode.equals(complaint.getProvinceCode())) {
				continue;
			}
			groups.computeIfAbsent(List.of(YearMonth.from(complaint.getFiledAt()), complaint.getProvinceCode(),
					(complaint.getRespondentCompanyId() != null) ? complaint.getRespondentCompanyId() : 0L,
					complaint.getCategory()), (key) -> new ArrayList<>())
				.add(complaint);
		}
		List<Row> rows = new ArrayList<>();
		for (Map.Entry<List<Object>, List<Complaint>> group : groups.entrySet()) {
			rows.add(row(group.getKey(), group.getValue()));
		}
		rows.sort(Comparator.comparing(Row::month)
			.thenComparing(Row::provinceCode)
			.thenComparing(Row::operatorEn, Comparator.nullsFirst(Comparator.naturalOrder()))
			.thenComparing(Row::category));
		return rows;
	}

	/**
	 * The same figures as CSV (UTF-8 with a byte order mark, so spreadsheets read Lao).
	 */
	public String csv(YearMonth from, YearMonth to, String provinceCode) {
		StringBuilder out = new StringBuilder("\uFEFF");
		try (CSVPrinter printer = new CSVPrinter(out,
				CSVFormat.RFC4180.builder()
					.setHeader("month", "province", "operator_lo", "operator_en", "category", "category_lo",
							"category_en", "filed", "responded", "median_response_hours", "decided",
							"median_decision_days", "upheld", "upheld_percent")
					.get())) {
			for (Row row : figures(from, to, provinceCode)) {
				printer.printRecord(row.month(), row.provinceCode(), safe(row.operatorLo()), safe(row.operatorEn()),
						row.category(), safe(row.categoryLo()), safe(row.categoryEn()), row.filed(), row.responded(),
						row.medianResponseHours(), row.decided(), row.medianDecisionDays(), row.upheld(),
						row.upheldPercent());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private Row row(List<Object> key, List<Complaint> complaints) {
		long companyId = (Long) key.get(2);
		String operatorLo = "ບໍ່ຮູ້ຈັກ";
		String operatorEn = "Unknown";
		if (companyId != 0L) {
			Company company = this.parties.company(companyId);
			operatorLo = company.getNameLo();
			operatorEn = (company.getNameEn() != null) ? company.getNameEn() : company.getNameLo();
		}
		String category = (String) key.get(3);
		LocalizedText categoryName = this.caseTypes.nameOf(category).orElse(LocalizedText.of(category, category));
		List<Double> responseHours = new ArrayList<>();
		List<Double> decisionDays = new ArrayList<>();
		int upheld = 0;
		for (Complaint complaint : complaints) {
			if (complaint.getRespondedAt() != null) {
				responseHours.add(hours(complaint.getFiledAt(), complaint.getRespondedAt()));
			}
			if (complaint.getDecidedAt() != null && complaint.getUpheld() != null) {
				decisionDays.add(hours(complaint.getFiledAt(), complaint.getDecidedAt()) / 24);
				if (complaint.getUpheld()) {
					upheld++;
				}
			}
		}
		Double share = decisionDays.isEmpty() ? null : round(100.0 * upheld / decisionDays.size());
		return new Row((YearMonth) key.get(0), (String) key.get(1), operatorLo, operatorEn, category, categoryName.lo(),
				categoryName.en(), complaints.size(), responseHours.size(), median(responseHours), decisionDays.size(),
				median(decisionDays), upheld, share);
	}

	private static double hours(LocalDateTime from, LocalDateTime to) {
		return Duration.between(from, to).toMinutes() / 60.0;
	}

	private static Double median(List<Double> values) {
		if (values.isEmpty()) {
			return null;
		}
		List<Double> sorted = values.stream().sorted().toList();
		int middle = sorted.size() / 2;
		double median = (sorted.size() % 2 == 1) ? sorted.get(middle)
				: (sorted.get(middle - 1) + sorted.get(middle)) / 2;
		return round(median);
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	/** A spreadsheet would run a cell that starts like a formula: it is kept as text. */
	private static String safe(String text) {
		return (text != null && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) ? "'" + text : text;
	}

}
