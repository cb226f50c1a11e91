package la.anuyat.casefile.workflow.internal;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import la.anuyat.identity.Actor;
import la.anuyat.identity.Role;
import la.anuyat.casefile.workflow.TaskFilter;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.NativeTaskQuery;
import org.camunda.bpm.engine.task.Task;

/**
 * The tasks offered to an actor, most urgent first, as one native query of the engine's
 * runtime tables: through the candidate groups of their role and authority (also those a
 * colleague has claimed, so that colleagues see who works on what), or because they are
 * assigned to them. Leadership is not offered the decision of a case they studied.
 * <p>
 * Why not the engine's task query: its "candidate group or assignee" form joins the
 * identity links and then needs {@code select distinct} over every column of the task, so
 * the database sorts all open tasks of the authority (at 10,000 tasks on PostgreSQL that
 * sort spilled to disk: about 40 ms for the page and as much again for the count). Here
 * the groups are an {@code exists}, so there is nothing to de-duplicate and a page is a
 * top-N sort of narrow rows.
 */
final class OfferedTasks {

	private final String sql;

	private final Map<String, Object> parameters;

	private final TaskService tasks;

	private OfferedTasks(TaskService tasks, String sql, Map<String, Object> parameters) {
		this.tasks = tasks;
		this.sql = sql;
		this.parameters = parameters;
	}

	/**
	 * The query for the actor's offered tasks (through the given candidate groups of
	 * theirs) narrowed by the filter; {@code caseNumber} and {@code taskId}, when given,
	 * select one case's or one task's exactly.
	 */
	static OfferedTasks of(TaskService tasks, ManagementService management, List<String> decisionKeys, Actor actor,
			List<String> groups, TaskFilter filter, String caseNumber, String taskId, Date now) {
		// Table names as the engine's documentation for native queries shows: from the
		// entity classes, so that a configured table prefix is honoured.
		String task = management.getTableName(TaskEntity.class);
		String link = management.getTableName(IdentityLinkEntity.class);
		String execution = management.getTableName(ExecutionEntity.class);
		String variable = management.getTableName(VariableInstanceEntity.class);
		Map<String, Object> parameters = new LinkedHashMap<>();
		StringBuilder where = new StringBuilder(" from ").append(task)
			.append(" RES where (RES.ASSIGNEE_ = #{assignee}");
		parameters.put("assignee", actor.username());
		if (!groups.isEmpty()) {
			where.append(" or exists (select 1 from ")
				.append(link)
				.append(" I where I.TASK_ID_ = RES.ID_ and I.TYPE_ = #{candidate} and I.GROUP_ID_ in (");
			parameters.put("candidate", IdentityLinkType.CANDIDATE);
			for (int i = 0; i < groups.size(); i++) {
				where.append((i > 0) ? ", " : "").append("#{group").append(i).append('}');
				parameters.put("group" + i, groups.get(i));
			}
			where.append("))");
		}
		where.append(')');
		if (actor.role() == Role.LEADERSHIP && !decisionKeys.isEmpty()) {
			// Four-eyes: not the decision of a review whose study this actor completed.
			where.append(" and not (RES.TASK_DEF_KEY_ in (");
			for (int i = 0; i < decisionKeys.size(); i++) {
				where.append((i > 0) ? ", " : "").append("#{decisionKey").append(i).append('}');
				parameters.put("decisionKey" + i, decisionKeys.get(i));
			}
			where.append(") and exists (select 1 from ")
				.append(variable)
				.append(" V where V.PROC_INST_ID_ = RES.PROC_INST_ID_ and V.NAME_ = #{studiedBy}")
				.append(" and V.TEXT_ = #{assignee}))");
			parameters.put("studiedBy", LicenceApplicationVariables.STUDIED_BY);
		}
		if (filter.taskKey() != null) {
			where.append(" and RES.TASK_DEF_KEY_ = #{taskKey}");
			parameters.put("taskKey", filter.taskKey());
		}
		if (filter.overdueOnly()) {
			where.append(" and RES.DUE_DATE_ < #{now}");
			parameters.put("now", now);
		}
		if (taskId != null) {
			where.append(" and RES.ID_ = #{taskId}");
			parameters.put("taskId", taskId);
		}
		if (filter.caseNumber() != null || caseNumber != null) {
			where.append(" and exists (select 1 from ").append(execution).append(" E where E.ID_ = RES.PROC_INST_ID_");
			if (filter.caseNumber() != null) {
				where.append(" and E.BUSINESS_KEY_ like #{caseNumberLike}");
				parameters.put("caseNumberLike", "%" + filter.caseNumber().toUpperCase(Locale.ROOT) + "%");
			}
			if (caseNumber != null) {
				where.append(" and E.BUSINESS_KEY_ = #{caseNumber}");
				parameters.put("caseNumber", caseNumber);
			}
			where.append(')');
		}
		return new OfferedTasks(tasks, where.toString(), parameters);
	}

	/** Every offered task, most urgent first. */
	List<Task> list() {
		return query("select RES.*" + this.sql + ORDER).list();
	}

	/** One page of them, most urgent first. */
	List<Task> page(int offset, int limit) {
		return query("select RES.*" + this.sql + ORDER).listPage(offset, limit);
	}

	long count() {
		return query("select count(*)" + this.sql).count();
	}

	// Due first (nulls as the database sorts them, as the engine's own query did), then
	// the oldest; the id keeps pages stable between two equal rows.
	private static final String ORDER = " order by RES.DUE_DATE_ asc, RES.CREATE_TIME_ asc, RES.ID_ asc";

	private NativeTaskQuery query(String statement) {
		NativeTaskQuery query = this.tasks.createNativeTaskQuery().sql(statement);
		this.parameters.forEach(query::parameter);
		return query;
	}

}
