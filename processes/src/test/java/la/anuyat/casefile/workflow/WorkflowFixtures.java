package la.anuyat.casefile.workflow;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicInteger;

import javax.imageio.ImageIO;

import la.anuyat.identity.Actor;
import la.anuyat.authority.AuthorityService;
import la.anuyat.authority.StaffMember;
import la.anuyat.identity.Role;
import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.CaseFileService;
import la.anuyat.casefile.CaseDocuments;
import la.anuyat.licence.LicenceApplications;
import la.anuyat.licence.form.FormCatalogue;
import la.anuyat.licence.form.RequiredDocument;
import la.anuyat.party.ApplicantAccount;
import la.anuyat.party.PartyService;
import la.anuyat.party.SignUp;
import la.anuyat.payment.Invoice;
import la.anuyat.payment.PaymentService;
import la.anuyat.payment.ProviderPayment;

import org.springframework.stereotype.Component;

/**
 * People and cases for process tests, made through the real domain services. Staff are
 * created once per database; every applicant is a new company, so tests do not see each
 * other's cases.
 */
@Component
public class WorkflowFixtures {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	static final String FORM_DATA = "{\"companyNameLo\":\"ບໍລິສັດ ທົດລອງ\",\"plannedServices\":\"software\"}";

	private final AuthorityService authorities;

	private final PartyService parties;

	private final CaseFileService caseFiles;

	private final CaseDocuments documents;

	private final FormCatalogue forms;

	private final PaymentService payments;

	private final LicenceApplications applications;

	private final CaseWorkflow workflow;

	WorkflowFixtures(AuthorityService authorities, PartyService parties, CaseFileService caseFiles,
			CaseDocuments documents, FormCatalogue forms, PaymentService payments, LicenceApplications applications,
			CaseWorkflow workflow) {
		this.workflow = workflow;
		this.applications = applications;
		this.payments = payments;
		this.authorities = authorities;
		this.parties = parties;
		this.caseFiles = caseFiles;
		this.documents = documents;
		this.forms = forms;
	}

	/** The licence the case issued, renewed or amended; null until then. */
	public String licenceIssuedBy(CaseFile caseFile) {
		return this.applications.licenceIssuedBy(caseFile).orElse(null);
	}

	/**
	 * Completes the case's open task of this key as the actor, as the inbox does.
	 * @throws AssertionError when the actor is offered no such task
	 */
	public void completeTask(Actor actor, String caseNumber, String taskKey, String outcome, String comment) {
		WorkItem task = this.workflow.tasksOfCase(actor, caseNumber)
			.stream()
			.filter((item) -> item.taskKey().equals(taskKey))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No task " + taskKey + " of " + caseNumber + " for "
					+ actor.username() + " (has " + this.workflow.tasksOfCase(actor, caseNumber) + ")"));
		this.workflow.complete(actor, task.taskId(), outcome, comment);
	}

	/**
	 * Pays the fee of the approved case as the e-payment provider confirms it.
	 */
	public void payFee(Actor applicant, CaseFile caseFile) {
		Invoice invoice = this.payments.invoiceOfCase(applicant, caseFile.getCaseNumber()).orElseThrow();
		this.payments.recordProviderPayment(new ProviderPayment("TX-" + invoice.getInvoiceNumber(),
				invoice.getPaymentReference(), invoice.getAmountKip(), java.time.Instant.now()));
	}

	Actor officerVte() {
		return staff("officer.vte", Role.SECTION_OFFICER, "VTE");
	}

	Actor secondOfficerVte() {
		return staff("officer2.vte", Role.SECTION_OFFICER, "VTE");
	}

	/**
	 * A section officer of Vientiane Capital in one section (e.g. POST: Post and
	 * Communications).
	 */
	Actor officerVteOfSection(String username, String sectionCode) {
		staff(username, Role.SECTION_OFFICER, "VTE");
		return this.authorities.assignToSection(username, sectionCode).toActor();
	}

	Actor leaderVte() {
		return staff("leader.vte", Role.LEADERSHIP, "VTE");
	}

	Actor deputyVte() {
		return staff("deputy.vte", Role.LEADERSHIP, "VTE");
	}

	Actor officerLpb() {
		return staff("officer.lpb", Role.SECTION_OFFICER, "LPB");
	}

	Actor leaderLpb() {
		return staff("leader.lpb", Role.LEADERSHIP, "LPB");
	}

	Actor deputyLpb() {
		return staff("deputy.lpb", Role.LEADERSHIP, "LPB");
	}

	Actor officerMtc() {
		return staff("officer.mtc", Role.SECTION_OFFICER, "MTC");
	}

	Actor administrator() {
		return staff("admin", Role.ADMINISTRATOR, null);
	}

	/**
	 * A new company in the province, with a confirmed applicant account.
	 */
	public Actor newApplicant(String provinceCode) {
		int n = SEQUENCE.incrementAndGet();
		String username = "applicant" + n + "." + provinceCode.toLowerCase();
		ApplicantAccount account = this.parties.createConfirmedApplicant(new SignUp(username, "{noop}demo",
				username + "@company.example.la", "ບໍລິສັດ ທົດລອງ " + n, "Test Company " + n, "ENT-" + n, "TAX-" + n,
				provinceCode, "Ban Phonxay, " + provinceCode, "Contact " + n, "+856 20 5555 " + n));
		return account.toActor();
	}

	String companyEmail(Actor applicant) {
		return applicant.username() + "@company.example.la";
	}

	/**
	 * A draft application of the applicant's company for the licence type in the
	 * province, with every required document of its form uploaded.
	 */
	public CaseFile draft(Actor applicant, String licenceTypeCode, String provinceCode) {
		CaseFile draft = draftWithoutDocuments(applicant, licenceTypeCode, provinceCode);
		for (RequiredDocument required : this.forms.formFor(licenceTypeCode).requiredDocuments()) {
			upload(applicant, draft, required.type());
		}
		return draft;
	}

	CaseFile draftWithoutDocuments(Actor applicant, String licenceTypeCode, String provinceCode) {
		return this.applications.draftNew(applicant, licenceTypeCode, provinceCode, FORM_DATA);
	}

	void upload(Actor applicant, CaseFile draft, String documentType) {
		this.documents.store(applicant, draft.getId(), documentType, documentType + ".png", png());
	}

	/**
	 * A small real PNG image, an accepted document type.
	 */
	static byte[] png() {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Actor staff(String username, Role role, String authorityCode) {
		return staff(username, role, authorityCode, null);
	}

	/**
	 * A staff member of the authority (created on first use, password {@code demo}), in
	 * the given section when one is named.
	 */
	public Actor staff(String username, Role role, String authorityCode, String section) {
		StaffMember member = this.authorities.staffByUsername(username)
			.orElseGet(() -> this.authorities.createStaff(username, "{noop}demo", role, authorityCode, username,
					username, username + "@anuyat.example.la"));
		if (section != null && !section.equals(member.getSectionCode())) {
			member = this.authorities.assignToSection(username, section);
		}
		return member.toActor();
	}

}
