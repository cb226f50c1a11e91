package la.anuyat.casefile.workflow;

import java.util.List;

/**
 * One page of open tasks, most urgent first, and how many there are in all.
 *
 * @param items the tasks of the page (a task that was completed while the page was read
 * is left out)
 * @param total how many tasks match, on every page
 */
public record TaskPage(List<WorkItem> items, long total) {

	public TaskPage {
		items = List.copyOf(items);
	}

}
