package la.anuyat.spectrum;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One service allocated in a band, primary or secondary.
 */
@Embeddable
public class ServiceAllocation {

	@Enumerated(EnumType.STRING)
	@Column(name = "service", nullable = false)
	private RadioService service;

	@Enumerated(EnumType.STRING)
	@Column(name = "category", nullable = false)
	private AllocationCategory category;

	protected ServiceAllocation() {
	}

	public ServiceAllocation(RadioService service, AllocationCategory category) {
		this.service = service;
		this.category = category;
	}

	public RadioService getService() {
		return this.service;
	}

	public AllocationCategory getCategory() {
		return this.category;
	}

}
