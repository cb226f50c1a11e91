package la.anuyat.spectrum;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import la.anuyat.shared.LocalizedText;

/**
 * One row of the allocation table: a band and the services allocated in it, with its
 * national footnote and the source the row was taken from. A band covers
 * {@code lower <= f < upper} (lower edge inclusive, upper edge exclusive), so that
 * neighbouring rows never share a frequency; an emission fits when its whole necessary
 * bandwidth lies between the edges.
 */
@Entity
@Table(name = "spectrum_band")
public class BandAllocation {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "spectrum_band_seq")
	@SequenceGenerator(name = "spectrum_band_seq", sequenceName = "spectrum_band_seq", allocationSize = 1)
	private Long id;

	@Column(name = "table_id", nullable = false)
	private Long tableId;

	@Column(name = "lower_mhz", nullable = false)
	private double lowerMhz;

	@Column(name = "upper_mhz", nullable = false)
	private double upperMhz;

	@Column(name = "name_lo", nullable = false)
	private String nameLo;

	@Column(name = "name_en", nullable = false)
	private String nameEn;

	@Column(name = "licence_exempt", nullable = false)
	private boolean licenceExempt;

	@Column(name = "footnote_lo", nullable = false)
	private String footnoteLo;

	@Column(name = "footnote_en", nullable = false)
	private String footnoteEn;

	@Column(name = "source", nullable = false)
	private String source;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "spectrum_band_service", joinColumns = @JoinColumn(name = "band_id"))
	private List<ServiceAllocation> services = new ArrayList<>();

	protected BandAllocation() {
	}

	/** A band built in code, for tests of the rules that read the table. */
	public BandAllocation(double lowerMhz, double upperMhz, String nameEn, List<ServiceAllocation> services) {
		this.lowerMhz = lowerMhz;
		this.upperMhz = upperMhz;
		this.nameLo = nameEn;
		this.nameEn = nameEn;
		this.footnoteLo = "";
		this.footnoteEn = "";
		this.source = "";
		this.services = new ArrayList<>(services);
	}

	/** A band of a draft edition, from checked input. */
	BandAllocation(Long tableId, BandDraft draft) {
		this.tableId = tableId;
		revise(draft);
	}

	/** The same band in another (draft) edition. */
	BandAllocation copyInto(Long otherTableId) {
		BandAllocation copy = new BandAllocation();
		copy.tableId = otherTableId;
		copy.lowerMhz = this.lowerMhz;
		copy.upperMhz = this.upperMhz;
		copy.nameLo = this.nameLo;
		copy.nameEn = this.nameEn;
		copy.licenceExempt = this.licenceExempt;
		copy.footnoteLo = this.footnoteLo;
		copy.footnoteEn = this.footnoteEn;
		copy.source = this.source;
		copy.services = new ArrayList<>(this.services);
		return copy;
	}

	/** Takes the checked input as the band's new content. */
	void revise(BandDraft draft) {
		this.lowerMhz = draft.lowerMhz();
		this.upperMhz = draft.upperMhz();
		this.nameLo = draft.nameLo().strip();
		this.nameEn = draft.nameEn().strip();
		this.licenceExempt = draft.isLicenceExempt();
		this.footnoteLo = (draft.footnoteLo() == null) ? "" : draft.footnoteLo().strip();
		this.footnoteEn = (draft.footnoteEn() == null) ? "" : draft.footnoteEn().strip();
		this.source = draft.source().strip();
		this.services.clear();
		this.services.addAll(draft.allocations());
	}

	/** Whether the two bands share a frequency (upper edges exclusive). */
	public boolean overlaps(double lower, double upper) {
		return lower < this.upperMhz && this.lowerMhz < upper;
	}

	/** Whether the frequency lies in the band: lower edge inclusive, upper exclusive. */
	public boolean contains(double frequencyMhz) {
		return frequencyMhz >= this.lowerMhz && frequencyMhz < this.upperMhz;
	}

	/** Whether the whole emission, centre ± half its bandwidth, lies in the band. */
	public boolean holds(double centreMhz, double bandwidthMhz) {
		return centreMhz - bandwidthMhz / 2 >= this.lowerMhz && centreMhz + bandwidthMhz / 2 <= this.upperMhz;
	}

	public Optional<ServiceAllocation> allocationOf(RadioService service) {
		return this.services.stream().filter((allocation) -> allocation.getService() == service).findFirst();
	}

	public List<ServiceAllocation> getServices() {
		return this.services.stream()
			.sorted(Comparator.comparing(ServiceAllocation::getCategory)
				.thenComparing((allocation) -> allocation.getService().name()))
			.toList();
	}

	public Long getId() {
		return this.id;
	}

	public Long getTableId() {
		return this.tableId;
	}

	public double getLowerMhz() {
		return this.lowerMhz;
	}

	public double getUpperMhz() {
		return this.upperMhz;
	}

	public LocalizedText name() {
		return LocalizedText.of(this.nameLo, this.nameEn);
	}

	public boolean isLicenceExempt() {
		return this.licenceExempt;
	}

	public LocalizedText footnote() {
		return LocalizedText.of(this.footnoteLo, this.footnoteEn);
	}

	public String getSource() {
		return this.source;
	}

}
