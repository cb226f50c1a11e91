package la.anuyat.spectrum;

import java.util.List;

/**
 * The allocation table in force: its edition and its bands in frequency order.
 */
public record AllocationTableEdition(AllocationTable table, List<BandAllocation> bands) {
}
