package la.anuyat.casefile.workflow.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import la.anuyat.casefile.Decision;
import la.anuyat.casefile.StudyOutcome;
import la.anuyat.shared.LocalizedText;

/**
 * The user tasks of the licence application models: their names in Lao and English, and
 * the outcomes that complete them. The keys are the BPMN element ids.
 */
enum WorkflowTask {

	CHECK_COMPLETENESS("userTask_checkCompleteness", "ກວດຄວາມຄົບຖ້ວນຂອງຄຳຮ້ອງ", "Check completeness",
			List.of(WorkflowTask.COMPLETE, WorkflowTask.REQUEST_INFO), Set.of(WorkflowTask.REQUEST_INFO)),

	ANSWER_INFORMATION_REQUEST("userTask_answerInformationRequest", "ຕອບຄຳຂໍຂໍ້ມູນເພີ່ມເຕີມ",
			"Answer the information request", List.of(WorkflowTask.RESUBMIT), Set.of(WorkflowTask.RESUBMIT)),

	STUDY_APPLICATION("userTask_studyApplication", "ຄົ້ນຄວ້າຄຳຮ້ອງ", "Study the application",
			List.of(WorkflowTask.RECOMMEND_APPROVE, WorkflowTask.RECOMMEND_REJECT),
			Set.of(WorkflowTask.RECOMMEND_APPROVE, WorkflowTask.RECOMMEND_REJECT)),

	DECIDE_APPLICATION("userTask_decideApplication", "ຕັດສິນຄຳຮ້ອງ", "Decide the application",
			List.of(WorkflowTask.APPROVE, WorkflowTask.REJECT), Set.of(WorkflowTask.APPROVE, WorkflowTask.REJECT));

	static final String COMPLETE = "complete";

	static final String REQUEST_INFO = "request-info";

	static final String RESUBMIT = "resubmit";

	static final String RECOMMEND_APPROVE = "recommend-approve";

	static final String RECOMMEND_REJECT = "recommend-reject";

	static final String APPROVE = "approve";

	static final String REJECT = "reject";

	private final String key;

	private final LocalizedText name;

	private final List<String> outcomes;

	private final Set<String> outcomesNeedingComment;

	WorkflowTask(String key, String nameLo, String nameEn, List<String> outcomes, Set<String> outcomesNeedingComment) {
		this.key = key;
		this.name = LocalizedText.of(nameLo, nameEn);
		this.outcomes = outcomes;
		this.outcomesNeedingComment = outcomesNeedingComment;
	}

	static Optional<WorkflowTask> byKey(String key) {
		return Arrays.stream(values()).filter((task) -> task.key.equals(key)).findFirst();
	}

	/**
	 * The keys of every task but the given one, for engine queries.
	 */
	static String[] keysExcept(WorkflowTask excluded) {
		return Arrays.stream(values()).filter((task) -> task != excluded).map(WorkflowTask::key).toArray(String[]::new);
	}

	String key() {
		return this.key;
	}

	LocalizedText label() {
		return this.name;
	}

	List<String> outcomes() {
		return this.outcomes;
	}

	boolean allows(String outcome) {
		return this.outcomes.contains(outcome);
	}

	boolean needsComment(String outcome) {
		return this.outcomesNeedingComment.contains(outcome);
	}

	static StudyOutcome studyOutcome(String outcome) {
		return RECOMMEND_APPROVE.equals(outcome) ? StudyOutcome.RECOMMEND_APPROVE : StudyOutcome.RECOMMEND_REJECT;
	}

	static Decision decision(String outcome) {
		return APPROVE.equals(outcome) ? Decision.APPROVE : Decision.REJECT;
	}

}
