package la.anuyat.complaint.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import la.anuyat.app.ui.DisplayFormats;
import la.anuyat.app.ui.UserMessages;
import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.ui.CaseSections;
import la.anuyat.casefile.workflow.CaseWorkflow;
import la.anuyat.casefile.workflow.WorkItem;
import la.anuyat.complaint.ComplaintMediations;
import la.anuyat.complaint.process.ComplaintWorkflow;
import la.anuyat.complaint.Complaint;
import la.anuyat.complaint.ComplaintService;
import la.anuyat.identity.Actor;

import org.springframework.core.annotation.Order;

/**
 * What the staff case page shows of a complaint: what happened and where, the operator's
 * response, the assessment and remedy, and for triage the complaints against the same
 * operator that may be the same matter. The tracking code is the complainant's alone and
 * is not shown.
 */
@org.springframework.stereotype.Component
@Order(40)
class ComplaintCaseSections implements CaseSections {

	private final ComplaintService complaints;

	private final ComplaintMediations mediations;

	private final ComplaintWorkflow workflow;

	private final CaseWorkflow tasks;

	ComplaintCaseSections(ComplaintService complaints, ComplaintMediations mediations, ComplaintWorkflow workflow,
			CaseWorkflow tasks) {
		this.complaints = complaints;
		this.mediations = mediations;
		this.workflow = workflow;
		this.tasks = tasks;
	}

	@Override
	public Optional<Map<String, String>> answers(CaseFile caseFile) {
		return this.complaints.findOfCase(caseFile.getId()).map((complaint) -> {
			Map<String, String> answers = new LinkedHashMap<>();
			answers.put(UserMessages.pick("ຂັ້ນ", "Stage"), UserMessages.in(complaint.getStage().label()));
			answers.put(UserMessages.pick("ຊ່ອງທາງ", "Channel"), complaint.getChannel().name());
			answers.put(UserMessages.pick("ສິ່ງທີ່ເກີດຂຶ້ນ", "What happened"), complaint.getDescription());
			put(answers, UserMessages.pick("ເມືອງ", "District"), complaint.getDistrict());
			put(answers, UserMessages.pick("ສະຖານທີ່", "Place"), complaint.getPlace());
			if (complaint.getLatitude() != null) {
				answers.put(UserMessages.pick("ຈຸດ", "Point"),
						complaint.getLatitude() + ", " + complaint.getLongitude());
			}
			if (complaint.getResponseDue() != null) {
				answers.put(UserMessages.pick("ກຳນົດຕອບ", "Response due"),
						DisplayFormats.dateTime(complaint.getResponseDue()));
			}
			put(answers, UserMessages.pick("ຄຳຕອບຂອງຜູ້ໃຫ້ບໍລິການ", "Operator's response"), complaint.getResponse());
			put(answers, UserMessages.pick("ການປະເມີນ", "Assessment"), complaint.getAssessment());
			put(answers, UserMessages.pick("ການແກ້ໄຂທີ່ສະເໜີ", "Proposed remedy"), complaint.getRemedy());
			if (complaint.getRating() != null) {
				answers.put(UserMessages.pick("ຄະແນນ", "Rating"), complaint.getRating() + "/5");
			}
			return answers;
		});
	}

	@Override
	public List<Component> panels(CaseFile caseFile, Actor actor, Runnable refresh) {
		Optional<Complaint> complaint = this.complaints.findOfCase(caseFile.getId());
		if (!actor.isStaff() || complaint.isEmpty()) {
			return List.of();
		}
		List<ComplaintService.Duplicate> duplicates = this.complaints.possibleDuplicates(actor, caseFile.getId());
		Div panel = new Div(new H3(UserMessages.pick("ຄຳຮ້ອງທຸກທີ່ອາດຊ້ຳກັນ", "Possible duplicates")));
		panel.setId("complaint-duplicates");
		if (duplicates.isEmpty()) {
			panel.add(new Paragraph(UserMessages.pick("ບໍ່ພົບ", "None found")));
		}
		else {
			UnorderedList list = new UnorderedList();
			duplicates.forEach((duplicate) -> list
				.add(new ListItem(duplicate.caseNumber() + " · " + DisplayFormats.dateTime(duplicate.filedAt()) + " · "
						+ UserMessages.in(duplicate.stage().label()))));
			panel.add(list);
		}
		Set<String> open = this.tasks.tasksOfCase(actor, caseFile.getCaseNumber())
			.stream()
			.map(WorkItem::taskKey)
			.collect(Collectors.toSet());
		return List.of(new ComplaintTriagePanel(this.complaints, actor, complaint.get(), refresh),
				new ComplaintMediationPanel(this.complaints, this.mediations, this.workflow, open, actor, caseFile,
						complaint.get(), refresh),
				panel);
	}

	private static void put(Map<String, String> answers, String label, String value) {
		if (value != null) {
			answers.put(label, value);
		}
	}

}
