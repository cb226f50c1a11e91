package la.anuyat.authority.ui;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import la.anuyat.identity.CurrentActor;
import la.anuyat.app.ui.DisplayFormats;
import la.anuyat.app.ui.MainLayout;
import la.anuyat.app.ui.UserMessages;
import la.anuyat.identity.Actor;
import la.anuyat.authority.AuthorityService;
import la.anuyat.authority.AuthorityService.ScannedLetter;
import la.anuyat.authority.Delegation;
import la.anuyat.identity.Role;
import la.anuyat.authority.StaffMember;
import la.anuyat.app.ui.DatePickers;
import la.anuyat.app.ui.Uploads;
import la.anuyat.document.DocumentService;
import la.anuyat.document.DocumentService.CheckedFile;
import la.anuyat.shared.DomainException;

import org.springframework.beans.factory.annotation.Value;

/**
 * The written delegations of the user's authority: the head records one (the acting
 * deputy, the period, which decisions, the order's number and its scan) and ends it when
 * back; the leadership sees the list, in force or not, with the letters.
 */
@Route(value = "delegations", layout = MainLayout.class)
@RolesAllowed({ "LEADERSHIP", "ADMINISTRATOR" })
class DelegationsView extends VerticalLayout implements HasDynamicTitle {

	private final AuthorityService authorities;

	private final DocumentService documents;

	private final CurrentActor currentActor;

	private final Clock clock;

	private final List<String> families;

	private final Grid<Delegation> grid = new Grid<>();

	private CheckedFile letter;

	/** The delegations of the list that have a scan, read with the list. */
	private Set<Long> withLetters = Set.of();

	DelegationsView(AuthorityService authorities, DocumentService documents, CurrentActor currentActor, Clock clock,
			@Value("${anuyat.delegation.families:LICENCE,SANCTION}") List<String> families) {
		this.authorities = authorities;
		this.documents = documents;
		this.currentActor = currentActor;
		this.clock = clock;
		this.families = families;
		addClassName("page");
		Actor actor = currentActor.actor();
		add(new H1(getTranslation("delegations.title")), new Paragraph(getTranslation("delegations.intro")));
		if (actor.authorityCode() != null) {
			add(form(actor));
		}
		add(grid());
		refresh();
	}

	private VerticalLayout form(Actor actor) {
		Select<StaffMember> acting = new Select<>();
		acting.setId("delegation-acting");
		acting.setLabel(getTranslation("delegations.acting"));
		acting.setItems(this.authorities.staffOf(actor.authorityCode())
			.stream()
			.filter((member) -> member.getRole() == Role.LEADERSHIP && !member.getUsername().equals(actor.username()))
			.toList());
		acting.setItemLabelGenerator(
				(member) -> (member == null) ? "" : UserMessages.pick(member.getFullNameLo(), member.getFullNameEn()));
		LocalDate today = LocalDate.now(this.clock);
		DatePicker from = new DatePicker(getTranslation("delegations.from"), today);
		from.setId("delegation-from");
		from.setI18n(DatePickers.i18n(this));
		DatePicker until = new DatePicker(getTranslation("delegations.until"), today.plusDays(7));
		until.setId("delegation-until");
		until.setI18n(DatePickers.i18n(this));
		TextField reference = new TextField(getTranslation("delegations.reference"));
		reference.setId("delegation-reference");
		reference.setHelperText(getTranslation("delegations.referenceHelp"));
		CheckboxGroup<String> decisions = new CheckboxGroup<>(getTranslation("delegations.decisions"));
		decisions.setId("delegation-decisions");
		decisions.setItems(this.families);
		decisions.setItemLabelGenerator(this::familyLabel);
		decisions.setValue(new LinkedHashSet<>(this.families));

		Upload upload = new Upload();
		upload.setId("delegation-letter");
		upload.setMaxFiles(1);
		Span letterName = new Span();
		upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
			try {
				this.letter = this.documents.checkAcceptable(metadata.fileName(), bytes);
				letterName.setText(getTranslation("delegations.letterReady", this.letter.fileName()));
			}
			catch (DomainException refusal) {
				this.letter = null;
				upload.clearFileList();
				UserMessages.error(refusal);
			}
		}));
		Uploads.translate(upload, this);
		Uploads.limitSize(upload, this.documents.maxSize().toBytes(), this);

		Button record = new Button(getTranslation("delegations.record"), VaadinIcon.CHECK.create(), (event) -> {
			try {
				ScannedLetter scan = (this.letter == null) ? null
						: new ScannedLetter(this.letter.fileName(), this.letter.mediaType(), this.letter.content());
				Set<String> covered = decisions.getValue().containsAll(this.families) ? Set.of(Delegation.ALL)
						: decisions.getValue();
				this.authorities.recordDelegation(this.currentActor.actor(),
						(acting.getValue() == null) ? null : acting.getValue().getUsername(), from.getValue(),
						until.getValue(), reference.getValue(), covered, scan);
				UserMessages.success(getTranslation("delegations.recorded"));
				reference.clear();
				upload.clearFileList();
				letterName.setText("");
				this.letter = null;
				refresh();
			}
			catch (DomainException refusal) {
				UserMessages.error(refusal);
			}
		});
		record.setId("delegation-record");
		record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		HorizontalLayout fields = new HorizontalLayout(acting, from, until, reference);
		fields.setWrap(true);
		fields.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		VerticalLayout form = new VerticalLayout(fields, decisions,
				Uploads.rules(
						getTranslation("delegations.letter") + " — " + UserMessages.in(this.documents.uploadRules())),
				upload, letterName, record);
		form.setPadding(false);
		return form;
	}

	private Grid<Delegation> grid() {
		this.grid.setId("delegation-grid");
		this.grid.addColumn(Delegation::getActingUsername).setHeader(getTranslation("delegations.acting"));
		this.grid.addColumn(Delegation::getDelegatorUsername).setHeader(getTranslation("delegations.delegator"));
		this.grid
			.addColumn((delegation) -> DisplayFormats.date(delegation.getValidFrom()) + " – "
					+ DisplayFormats.date(delegation.getValidUntil()))
			.setHeader(getTranslation("delegations.period"));
		this.grid.addColumn(Delegation::getReference).setHeader(getTranslation("delegations.reference"));
		this.grid
			.addColumn(
					(delegation) -> String.join(", ", delegation.families().stream().map(this::familyLabel).toList()))
			.setHeader(getTranslation("delegations.decisions"));
		this.grid.addComponentColumn(this::status).setHeader(getTranslation("delegations.status"));
		this.grid.addComponentColumn(this::letterLink).setHeader(getTranslation("delegations.letter"));
		this.grid.setAllRowsVisible(true);
		this.grid.setWidthFull();
		return this.grid;
	}

	private com.vaadin.flow.component.Component status(Delegation delegation) {
		LocalDate today = LocalDate.now(this.clock);
		if (delegation.getEndedOn() != null) {
			return new Span(getTranslation("delegations.ended", DisplayFormats.date(delegation.getEndedOn())));
		}
		if (!delegation.activeOn(today)) {
			return new Span(getTranslation(
					today.isBefore(delegation.getValidFrom()) ? "delegations.upcoming" : "delegations.expired"));
		}
		Span inForce = new Span(getTranslation("delegations.inForce"));
		Actor actor = this.currentActor.actor();
		if (!actor.username().equals(delegation.getDelegatorUsername()) && actor.role() != Role.ADMINISTRATOR) {
			return inForce;
		}
		Button end = new Button(getTranslation("delegations.end"), (event) -> {
			try {
				this.authorities.endDelegation(this.currentActor.actor(), delegation.getId());
				refresh();
			}
			catch (DomainException refusal) {
				UserMessages.error(refusal);
			}
		});
		end.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
		return new HorizontalLayout(inForce, end);
	}

	private com.vaadin.flow.component.Component letterLink(Delegation delegation) {
		if (!this.withLetters.contains(delegation.getId())) {
			return new Span();
		}
		// read when clicked: the list does not load the scans
		Anchor download = new Anchor(DownloadHandler.fromInputStream((event) -> {
			ScannedLetter scan = this.authorities.delegationLetter(this.currentActor.actor(), delegation.getId())
				.orElseThrow();
			return new DownloadResponse(new ByteArrayInputStream(scan.content()), scan.fileName(), scan.mediaType(),
					scan.content().length);
		}), AttachmentType.DOWNLOAD, getTranslation("delegations.download"));
		download.getElement()
			.setAttribute("aria-label", getTranslation("delegations.download") + " " + delegation.getReference());
		return download;
	}

	private String familyLabel(String family) {
		return Delegation.ALL.equals(family) ? getTranslation("delegations.family.all")
				: getTranslation("delegations.family." + family);
	}

	private void refresh() {
		Actor actor = this.currentActor.actor();
		if (actor.authorityCode() != null) {
			List<Delegation> delegations = this.authorities.delegationsOf(actor, actor.authorityCode());
			this.withLetters = this.authorities.delegationsWithLetters(delegations);
			this.grid.setItems(delegations);
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("delegations.title");
	}

}
