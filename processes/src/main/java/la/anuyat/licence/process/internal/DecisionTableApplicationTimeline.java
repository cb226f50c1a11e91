package la.anuyat.licence.process.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import la.anuyat.casefile.CaseEvent;
import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.CaseFileService;
import la.anuyat.casefile.CaseStatus;
import la.anuyat.casefile.workflow.ApplicationTimeline;
import la.anuyat.casefile.workflow.TaskDueDays;
import la.anuyat.casefile.workflow.TimelineStep;
import la.anuyat.casefile.workflow.TimelineStep.State;
import la.anuyat.licence.LicenceService;
import la.anuyat.shared.LocalizedText;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The timeline of a licence application: the dates steps were done come from the case's
 * history, the current step's due date from the case, and the expected dates ahead from
 * the days of task-due-dates.dmn (and the days an applicant has to pay the fee) added up.
 * An information request is part of the completeness check: while the applicant answers,
 * the check is the current step and its due date is the answer's.
 */
@Component
class DecisionTableApplicationTimeline implements ApplicationTimeline {

	private final TaskDueDays deadlines;

	private final CaseFileService caseFiles;

	private final Clock clock;

	private final int daysToPay;

	DecisionTableApplicationTimeline(TaskDueDays deadlines, CaseFileService caseFiles, Clock clock,
			@Value("${anuyat.payment.days-to-pay:30}") int daysToPay) {
		this.deadlines = deadlines;
		this.caseFiles = caseFiles;
		this.clock = clock;
		this.daysToPay = daysToPay;
	}

	private record Step(String key, LocalizedText name, String taskKey, Set<String> doneBy) {
	}

	private static final List<Step> STEPS = List.of(
			new Step("submitted", LocalizedText.of("ຍື່ນຄຳຮ້ອງ", "Application submitted"), null,
					Set.of("case.submitted")),
			new Step("completenessCheck", LocalizedText.of("ກວດຄວາມຄົບຖ້ວນ", "Completeness check"),
					"userTask_checkCompleteness", Set.of("case.complete")),
			new Step("study", LocalizedText.of("ຄົ້ນຄວ້າຄຳຮ້ອງ", "Study"), "userTask_studyApplication",
					Set.of("case.studied")),
			new Step("decision", LocalizedText.of("ຕັດສິນ", "Decision"), "userTask_decideApplication",
					Set.of("case.approved", "case.rejected")),
			new Step("payment", LocalizedText.of("ຊຳລະຄ່າທຳນຽມ", "Payment of the fee"), null,
					Set.of("case.feePaid", "case.licenceIssued")),
			new Step("licence", LocalizedText.of("ອອກໃບອະນຸຍາດ", "Licence issued"), null,
					Set.of("case.licenceIssued")));

	@Override
	public List<TimelineStep> of(CaseFile caseFile) {
		if (!LicenceService.LICENCE_FAMILY.equals(this.caseFiles.familyOf(caseFile))) {
			return List.of();
		}
		List<TimelineStep> timeline = new ArrayList<>();
		// a rejected or lapsed application has no steps ahead
		boolean open = caseFile.getStatus() != CaseStatus.REJECTED && caseFile.getStatus() != CaseStatus.LAPSED;
		LocalDateTime reference = null;
		boolean currentFound = false;
		for (Step step : STEPS) {
			LocalDateTime done = doneAt(caseFile, step);
			if (done != null) {
				timeline.add(new TimelineStep(step.key(), step.name(), State.DONE, done, null, null));
				continue;
			}
			if (!open) {
				break;
			}
			if (!currentFound) {
				currentFound = true;
				LocalDateTime due = (caseFile.getStatus() == CaseStatus.DRAFT) ? null : caseFile.getDueDate();
				timeline.add(new TimelineStep(step.key(), step.name(), State.CURRENT, null, due, null));
				reference = (due != null) ? due : LocalDateTime.now(this.clock).plusDays(daysOf(step));
				continue;
			}
			reference = reference.plusDays(daysOf(step));
			timeline.add(new TimelineStep(step.key(), step.name(), State.AHEAD, null, null, reference));
		}
		return timeline;
	}

	private int daysOf(Step step) {
		if ("payment".equals(step.key())) {
			return this.daysToPay;
		}
		if (step.taskKey() == null) {
			// submission is the applicant's, and the licence is issued as the fee is paid
			return 0;
		}
		Integer days = this.deadlines.daysFor(step.taskKey());
		return (days != null) ? days : 0;
	}

	/**
	 * When the step was last done: an application sent back for information is checked
	 * again, so the last completion counts.
	 */
	private static LocalDateTime doneAt(CaseFile caseFile, Step step) {
		if ("submitted".equals(step.key())) {
			return caseFile.getSubmittedAt();
		}
		return caseFile.getHistory()
			.stream()
			.filter((event) -> step.doneBy().contains(event.getType()))
			.map(CaseEvent::getAt)
			.max(Comparator.naturalOrder())
			.orElse(null);
	}

}
