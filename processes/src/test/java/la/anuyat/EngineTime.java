package la.anuyat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * The process tests move the engine's clock and run the timers that fall due, as the job
 * executor would (it is off in those tests), until none is due.
 */
public final class EngineTime {

	private EngineTime() {
	}

	/**
	 * Sets the engine's clock (Camunda's, which the application's clock follows in
	 * tests).
	 */
	public static void setClock(LocalDateTime at) {
		ClockUtil.setCurrentTime(Date.from(at.atZone(ZoneId.systemDefault()).toInstant()));
	}

	/** The due timers of one process instance. */
	public static void runDueTimersIn(ProcessEngine engine, String processInstanceId) {
		ManagementService management = engine.getManagementService();
		run(management,
				() -> management.createJobQuery()
					.processInstanceId(processInstanceId)
					.timers()
					.duedateLowerThan(soon())
					.list());
	}

	/**
	 * The due timers of every process instance with this business key (a case's number:
	 * its process and the blocks it calls).
	 */
	public static void runDueTimersFor(ProcessEngine engine, String businessKey) {
		ManagementService management = engine.getManagementService();
		run(management, () -> {
			Set<String> instances = Set.copyOf(engine.getRuntimeService()
				.createProcessInstanceQuery()
				.processInstanceBusinessKey(businessKey)
				.list()
				.stream()
				.map(ProcessInstance::getId)
				.toList());
			return instances.isEmpty() ? List.of()
					: management.createJobQuery()
						.processInstanceIds(instances)
						.timers()
						.duedateLowerThan(soon())
						.list();
		});
	}

	private static void run(ManagementService management, Supplier<List<Job>> dueJobs) {
		for (int round = 0; round < 10; round++) {
			List<Job> due = dueJobs.get();
			if (due.isEmpty()) {
				return;
			}
			due.forEach((job) -> management.executeJob(job.getId()));
		}
		throw new AssertionError("Timers keep falling due");
	}

	// a timer due within the second counts as due: the engine's clock has no finer grain
	private static Date soon() {
		return new Date(ClockUtil.getCurrentTime().getTime() + 1000);
	}

}
