package la.anuyat.spectrum;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The figures of the interference check that the regulator sets and may change, read from
 * configuration ({@code anuyat.spectrum.*}):
 * <ul>
 * <li>{@code noiseFigureDb}: the receiver noise figure assumed for every victim
 * receiver;</li>
 * <li>{@code interferenceToNoiseThresholdDb}: the highest acceptable I/N (ITU-R studies
 * commonly take −6 dB, a 1 dB rise of the noise floor);</li>
 * <li>{@code searchDistances}: how far to look for candidates, per band and service (the
 * first matching row wins), else {@code defaultSearchDistanceKm};</li>
 * <li>{@code adjacentChannelRejection}: how much a receiver rejects an emission one, two
 * … channels away; an offset not listed is not a candidate;</li>
 * <li>{@code borderCoordinationKm}: a station this close to Laos' border (or outside it)
 * needs cross-border coordination.</li>
 * </ul>
 */
@ConfigurationProperties("anuyat.spectrum")
public record SpectrumRules(@DefaultValue("7") double noiseFigureDb,
		@DefaultValue("-6") double interferenceToNoiseThresholdDb, @DefaultValue("50") double defaultSearchDistanceKm,
		List<SearchDistance> searchDistances, List<ChannelRejection> adjacentChannelRejection,
		@DefaultValue("30") double borderCoordinationKm) {

	public SpectrumRules {
		searchDistances = (searchDistances != null) ? List.copyOf(searchDistances) : List.of();
		adjacentChannelRejection = (adjacentChannelRejection != null) ? List.copyOf(adjacentChannelRejection)
				: List.of();
	}

	/**
	 * A search distance for one service (any service when none is named) within a
	 * frequency range: lower edge inclusive, upper exclusive.
	 */
	public record SearchDistance(RadioService service, double lowerMhz, double upperMhz, double distanceKm) {

		boolean appliesTo(RadioService candidate, double frequencyMhz) {
			return (this.service == null || this.service == candidate) && frequencyMhz >= this.lowerMhz
					&& frequencyMhz < this.upperMhz;
		}

	}

	/**
	 * The rejection, in dB, of an emission this many channels away from the wanted one.
	 */
	public record ChannelRejection(int channelOffset, double rejectionDb) {
	}

	public double searchDistanceKm(RadioService service, double frequencyMhz) {
		return this.searchDistances.stream()
			.filter((distance) -> distance.appliesTo(service, frequencyMhz))
			.findFirst()
			.map(SearchDistance::distanceKm)
			.orElse(this.defaultSearchDistanceKm);
	}

	/**
	 * The adjacent-channel rejection at a channel offset; co-channel (offset 0) is never
	 * rejected. Empty when the offset is beyond the table: such an emission is not a
	 * candidate.
	 */
	public Optional<Double> rejectionDb(int channelOffset) {
		if (channelOffset == 0) {
			return Optional.of(0.0);
		}
		return this.adjacentChannelRejection.stream()
			.filter((rejection) -> rejection.channelOffset() == channelOffset)
			.findFirst()
			.map(ChannelRejection::rejectionDb);
	}

	/** The widest channel offset that can still be a candidate. */
	public int widestOffset() {
		return this.adjacentChannelRejection.stream()
			.max(Comparator.comparingInt(ChannelRejection::channelOffset))
			.map(ChannelRejection::channelOffset)
			.orElse(0);
	}

	/** The widest search distance of any band and service, for the spatial pre-filter. */
	public double widestSearchDistanceKm() {
		return this.searchDistances.stream()
			.mapToDouble(SearchDistance::distanceKm)
			.max()
			.stream()
			.map((widest) -> Math.max(widest, this.defaultSearchDistanceKm))
			.findFirst()
			.orElse(this.defaultSearchDistanceKm);
	}

}
