package la.anuyat.inspection;

import java.time.LocalDate;

import la.anuyat.shared.ConflictException;
import la.anuyat.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A planned inspection guards its verbs: overdue once its month is over, done once, moved
 * or dropped only while planned, scheduled within its year; a joint inspection's findings
 * are the ministry's to decide.
 */
class PlanEntryTest {

	@Test
	void isOverdueOnlyAfterItsMonthHasEnded() {
		PlanEntry entry = shopInspection(3);
		assertThat(entry.isOverdue(LocalDate.of(2026, 3, 31))).isFalse();
		assertThat(entry.isOverdue(LocalDate.of(2026, 4, 1))).isTrue();
		entry.done(7L, LocalDate.of(2026, 4, 2), 17.9, 102.6);
		assertThat(entry.isOverdue(LocalDate.of(2026, 5, 1))).isFalse();
		assertThat(entry.getLatitude()).isEqualTo(17.9);
	}

	@Test
	void refusesToMoveOrDropAnInspectionThatIsDone() {
		PlanEntry entry = shopInspection(3);
		entry.done(7L, LocalDate.of(2026, 3, 2), null, null);
		assertThatThrownBy(() -> entry.moveTo(5)).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> entry.drop("leader.vte", "closed")).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> entry.done(8L, LocalDate.of(2026, 3, 3), null, null))
			.isInstanceOf(ConflictException.class);
	}

	@Test
	void refusesAMonthOutsideTheYearAndADayInAnotherYear() {
		PlanEntry entry = shopInspection(3);
		assertThatThrownBy(() -> entry.moveTo(0)).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> entry.moveTo(13)).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> entry.schedule(LocalDate.of(2027, 1, 5))).isInstanceOf(InvalidInputException.class);
		entry.schedule(LocalDate.of(2026, 8, 14));
		assertThat(entry.getPlannedMonth()).as("the day decides the month").isEqualTo(8);
		assertThat(entry.dueOn()).isEqualTo(LocalDate.of(2026, 8, 14));
	}

	@Test
	void leavesTheFindingsOfAJointInspectionToTheMinistry() {
		PlanCandidate station = new PlanCandidate(SubjectKind.ASSIGNMENT, "FA-VTE-1", null, "Radio", null, "SPEC", true,
				17.9, 102.6, 0, 0, null);
		PlanEntry joint = new PlanEntry(1L, "VTE", 2026, EntryOrigin.PLAN, station, InspectionType.FREQUENCY_USE, 45, 6,
				true, "leader.vte");
		assertThat(joint.decidingAuthority()).isEqualTo("MTC");
		assertThat(shopInspection(3).decidingAuthority()).isEqualTo("VTE");
	}

	private static PlanEntry shopInspection(int month) {
		PlanCandidate shop = new PlanCandidate(SubjectKind.LICENCE, "TI-VTE-1", 1L, "ຮ້ານ", "Shop", "ICT-SHOP", true,
				null, null, 0, 0, null);
		return new PlanEntry(1L, "VTE", 2026, EntryOrigin.PLAN, shop, InspectionType.ICT_SHOP, 30, month, false,
				"leader.vte");
	}

}
