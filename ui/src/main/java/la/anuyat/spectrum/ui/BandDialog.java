package la.anuyat.spectrum.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import la.anuyat.app.ui.UserMessages;
import la.anuyat.identity.Actor;
import la.anuyat.shared.DomainException;
import la.anuyat.shared.InvalidInputException;
import la.anuyat.spectrum.AllocationCategory;
import la.anuyat.spectrum.AllocationEditions;
import la.anuyat.spectrum.BandAllocation;
import la.anuyat.spectrum.BandDraft;
import la.anuyat.spectrum.RadioService;
import la.anuyat.spectrum.ServiceAllocation;

/**
 * Adds a band to a draft edition, or changes or removes one: edges, names, the category
 * of each service allocated (none, primary or secondary), the national footnote in Lao
 * and English and the source of the row. The service checks the row; its refusal shows on
 * the fields it names.
 */
class BandDialog extends Dialog {

	/** "Not allocated" in the service selects. */
	private static final String NONE = "NONE";

	private final NumberField lower = new NumberField();

	private final NumberField upper = new NumberField();

	private final TextField nameLo = new TextField();

	private final TextField nameEn = new TextField();

	private final Checkbox exempt = new Checkbox();

	private final TextArea footnoteLo = new TextArea();

	private final TextArea footnoteEn = new TextArea();

	private final TextArea source = new TextArea();

	private final Map<RadioService, Select<String>> services = new EnumMap<>(RadioService.class);

	BandDialog(AllocationEditions editions, Actor actor, String edition, BandAllocation band, Runnable saved) {
		setHeaderTitle(getTranslation((band == null) ? "spectrum.editions.addBand" : "spectrum.editions.changeBand"));
		setWidth("min(60em, 95vw)");
		field(this.lower, "band-lower", "spectrum.allocations.lower");
		field(this.upper, "band-upper", "spectrum.allocations.upper");
		field(this.nameLo, "band-name-lo", "spectrum.editions.nameLo");
		field(this.nameEn, "band-name-en", "spectrum.editions.nameEn");
		this.exempt.setId("band-exempt");
		this.exempt.setLabel(getTranslation("spectrum.allocations.exempt"));
		field(this.footnoteLo, "band-footnote-lo", "spectrum.editions.footnoteLo");
		field(this.footnoteEn, "band-footnote-en", "spectrum.editions.footnoteEn");
		field(this.source, "band-source", "spectrum.allocations.source");
		this.source.setHelperText(getTranslation("spectrum.editions.sourceHint"));
		FormLayout form = new FormLayout(this.lower, this.upper, this.nameLo, this.nameEn, this.footnoteLo,
				this.footnoteEn, this.source, this.exempt);
		form.setColspan(this.source, 2);
		FormLayout serviceForm = new FormLayout();
		serviceForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 3));
		for (RadioService service : RadioService.values()) {
			Select<String> select = new Select<>();
			select.setId("band-service-" + service.name());
			select.setLabel(getTranslation("spectrum.service." + service.name()));
			select.setItems(NONE, AllocationCategory.PRIMARY.name(), AllocationCategory.SECONDARY.name());
			select.setItemLabelGenerator((value) -> NONE.equals(value)
					? getTranslation("spectrum.editions.notAllocated") : getTranslation("spectrum.category." + value));
			select.setValue(NONE);
			this.services.put(service, select);
			serviceForm.add(select);
		}
		add(form, new H4(getTranslation("spectrum.allocations.services")), serviceForm);
		if (band != null) {
			this.lower.setValue(band.getLowerMhz());
			this.upper.setValue(band.getUpperMhz());
			this.nameLo.setValue(band.name().lo());
			this.nameEn.setValue(band.name().en());
			this.exempt.setValue(band.isLicenceExempt());
			this.footnoteLo.setValue(band.footnote().lo());
			this.footnoteEn.setValue(band.footnote().en());
			this.source.setValue(band.getSource());
			for (ServiceAllocation allocation : band.getServices()) {
				this.services.get(allocation.getService()).setValue(allocation.getCategory().name());
			}
		}
		Button save = new Button(getTranslation("spectrum.editions.saveBand"), (event) -> {
			try {
				if (band == null) {
					editions.addBand(actor, edition, draft());
				}
				else {
					editions.changeBand(actor, edition, band.getId(), draft());
				}
				close();
				saved.run();
			}
			catch (InvalidInputException refusal) {
				mark(refusal);
			}
			catch (DomainException refusal) {
				UserMessages.error(refusal);
			}
		});
		save.setId("band-save");
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Button cancel = new Button(getTranslation("action.cancel"), (event) -> close());
		if (band != null) {
			Button remove = new Button(getTranslation("spectrum.editions.removeBand"), (event) -> {
				try {
					editions.removeBand(actor, edition, band.getId());
					close();
					saved.run();
				}
				catch (DomainException refusal) {
					UserMessages.error(refusal);
				}
			});
			remove.setId("band-remove");
			remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
			getFooter().add(remove);
		}
		getFooter().add(cancel, save);
	}

	private BandDraft draft() {
		List<BandDraft.Service> allocated = new ArrayList<>();
		this.services.forEach((service, select) -> {
			if (select.getValue() != null && !NONE.equals(select.getValue())) {
				allocated.add(new BandDraft.Service(service.name(), select.getValue()));
			}
		});
		return new BandDraft(this.lower.getValue(), this.upper.getValue(), this.nameLo.getValue(),
				this.nameEn.getValue(), this.exempt.getValue(), this.footnoteLo.getValue(), this.footnoteEn.getValue(),
				this.source.getValue(), allocated);
	}

	private void mark(InvalidInputException refusal) {
		Map<String, HasValidation> fields = new HashMap<>();
		fields.put("lowerMhz", this.lower);
		fields.put("upperMhz", this.upper);
		fields.put("nameLo", this.nameLo);
		fields.put("nameEn", this.nameEn);
		fields.put("footnoteLo", this.footnoteLo);
		fields.put("footnoteEn", this.footnoteEn);
		fields.put("source", this.source);
		fields.values().forEach((field) -> field.setInvalid(false));
		refusal.fieldErrors().forEach((error) -> {
			HasValidation field = fields.get(error.field());
			if (field != null) {
				field.setErrorMessage(UserMessages.in(error.message()));
				field.setInvalid(true);
			}
		});
		// errors on the services (none chosen, say) have no field of their own
		UserMessages.errorMessage(refusal.fieldErrors()
			.stream()
			.map((error) -> UserMessages.in(error.message()))
			.reduce((a, b) -> a + "; " + b)
			.orElse(UserMessages.in(refusal.text())));
	}

	private void field(com.vaadin.flow.component.HasLabel field, String id, String label) {
		((com.vaadin.flow.component.Component) field).setId(id);
		field.setLabel(getTranslation(label));
	}

}
