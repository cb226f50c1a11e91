package la.anuyat.equipment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import la.anuyat.shared.LocalizedText;
import la.anuyat.spectrum.BandAllocation;

/**
 * The rule that a declared band must be allocated: the bands of the allocation table in
 * force must cover it whole, one band or adjacent ones with no gap between them (the
 * table's rows meet where a lower edge, inclusive, equals the upper edge, exclusive, of
 * the row below). An FM receiver's 87.5–108 MHz lies in two rows, and is allocated.
 */
public final class AllocatedBands {

	private AllocatedBands() {
	}

	/**
	 * @return the names of the table's bands that cover the range, or {@code null} when
	 * some of it is allocated to nothing
	 */
	public static LocalizedText covering(List<BandAllocation> table, double lowerMhz, double upperMhz) {
		List<BandAllocation> sorted = new ArrayList<>(table);
		sorted.sort(Comparator.comparingDouble(BandAllocation::getLowerMhz));
		List<BandAllocation> used = new ArrayList<>();
		double reached = lowerMhz;
		for (BandAllocation band : sorted) {
			if (band.getLowerMhz() <= reached && band.getUpperMhz() > reached) {
				used.add(band);
				reached = band.getUpperMhz();
				if (reached >= upperMhz) {
					break;
				}
			}
		}
		if (used.isEmpty() || reached < upperMhz) {
			return null;
		}
		return LocalizedText.of(String.join("; ", used.stream().map((band) -> band.name().lo()).toList()),
				String.join("; ", used.stream().map((band) -> band.name().en()).toList()));
	}

}
