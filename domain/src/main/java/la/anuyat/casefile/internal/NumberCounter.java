package la.anuyat.casefile.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The last number handed out in one series, such as "ICT-VTE-2026". Read under a row
 * lock, so that two nodes never hand out the same number.
 */
@Entity
@Table(name = "number_counter")
public class NumberCounter {

	@Id
	@Column(name = "series")
	private String series;

	@Column(name = "last_number", nullable = false)
	private long lastNumber;

	protected NumberCounter() {
	}

	public NumberCounter(String series) {
		this.series = series;
	}

	public long next() {
		return ++this.lastNumber;
	}

	public String getSeries() {
		return this.series;
	}

	public long getLastNumber() {
		return this.lastNumber;
	}

}
