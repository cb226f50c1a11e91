package la.anuyat.spectrum;

import java.util.List;
import java.util.Locale;

/**
 * A band as an administrator enters it in a draft edition: edges in MHz (lower edge
 * inclusive, upper exclusive), names, the services allocated in it (primary or
 * secondary), the national footnote and the source the row is taken from. Checked by
 * {@link EditionRules} before it is kept.
 */
public record BandDraft(Double lowerMhz, Double upperMhz, String nameLo, String nameEn, Boolean licenceExempt,
		String footnoteLo, String footnoteEn, String source, List<Service> services) {

	/**
	 * One allocated service, by the names of {@link RadioService} and
	 * {@link AllocationCategory}.
	 */
	public record Service(String service, String category) {

		public Service(RadioService service, AllocationCategory category) {
			this(service.name(), category.name());
		}

	}

	/** The band as it stands, to start an edit from. */
	public static BandDraft of(BandAllocation band) {
		return new BandDraft(band.getLowerMhz(), band.getUpperMhz(), band.name().lo(), band.name().en(),
				band.isLicenceExempt(), band.footnote().lo(), band.footnote().en(), band.getSource(),
				band.getServices()
					.stream()
					.map((allocation) -> new Service(allocation.getService(), allocation.getCategory()))
					.toList());
	}

	public boolean isLicenceExempt() {
		return Boolean.TRUE.equals(this.licenceExempt);
	}

	/**
	 * The services as allocations; call only once {@link EditionRules} found none wrong.
	 */
	List<ServiceAllocation> allocations() {
		return this.services.stream()
			.map((service) -> new ServiceAllocation(RadioService.valueOf(norm(service.service())),
					AllocationCategory.valueOf(norm(service.category()))))
			.toList();
	}

	static String norm(String name) {
		return (name == null) ? "" : name.strip().toUpperCase(Locale.ROOT);
	}

}
