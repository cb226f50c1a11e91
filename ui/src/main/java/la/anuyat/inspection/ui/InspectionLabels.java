package la.anuyat.inspection.ui;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import la.anuyat.app.ui.DisplayFormats;
import la.anuyat.app.ui.UserMessages;
import la.anuyat.inspection.EntryStatus;
import la.anuyat.inspection.PlanEntry;
import la.anuyat.inspection.TeamMember;

/**
 * How an inspection reads on the pages: its checklist, month, standing and team, in the
 * reader's language.
 */
final class InspectionLabels {

	private InspectionLabels() {
	}

	static String type(Component on, PlanEntry entry) {
		return on.getTranslation("inspection.type." + entry.getInspectionType().name());
	}

	static String month(Locale locale, int month) {
		return Month.of(month).getDisplayName(TextStyle.FULL_STANDALONE, (locale != null) ? locale : Locale.ENGLISH);
	}

	/** The day if one is set, otherwise the planned month. */
	static String when(Component on, PlanEntry entry) {
		return (entry.getScheduledOn() != null) ? DisplayFormats.date(entry.getScheduledOn())
				: month(locale(), entry.getPlannedMonth()) + " " + entry.getYear();
	}

	static String status(Component on, PlanEntry entry, java.time.LocalDate today) {
		if (entry.getStatus() == EntryStatus.PLANNED && entry.isOverdue(today)) {
			return on.getTranslation("inspection.status.OVERDUE");
		}
		return on.getTranslation("inspection.status." + entry.getStatus().name());
	}

	private static Locale locale() {
		UI ui = UI.getCurrent();
		return (ui != null) ? ui.getLocale() : Locale.ENGLISH;
	}

	static String holder(PlanEntry entry) {
		return UserMessages.pick(entry.getSubjectNameLo(),
				(entry.getSubjectNameEn() == null || entry.getSubjectNameEn().isBlank()) ? entry.getSubjectNameLo()
						: entry.getSubjectNameEn());
	}

	static String team(List<TeamMember> team) {
		return team.stream()
			.map((member) -> member.getUsername() + (member.isLead() ? " ★" : ""))
			.collect(Collectors.joining(", "));
	}

}
