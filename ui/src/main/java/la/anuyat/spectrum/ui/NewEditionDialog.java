package la.anuyat.spectrum.ui;

import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import la.anuyat.app.ui.UserMessages;
import la.anuyat.identity.Actor;
import la.anuyat.shared.DomainException;
import la.anuyat.shared.InvalidInputException;
import la.anuyat.spectrum.AllocationEditions;

/**
 * Drafts a new edition of the allocation table, a copy of the edition in force: its code
 * and its titles in Lao and English.
 */
class NewEditionDialog extends Dialog {

	private final TextField code = new TextField();

	private final TextField titleLo = new TextField();

	private final TextField titleEn = new TextField();

	NewEditionDialog(AllocationEditions editions, Actor actor, Consumer<String> drafted) {
		setHeaderTitle(getTranslation("spectrum.editions.draft"));
		this.code.setId("edition-code");
		this.code.setLabel(getTranslation("spectrum.editions.code"));
		this.code.setHelperText("LA-NFAT-2027");
		this.titleLo.setId("edition-title-lo");
		this.titleLo.setLabel(getTranslation("spectrum.editions.titleLo"));
		this.titleEn.setId("edition-title-en");
		this.titleEn.setLabel(getTranslation("spectrum.editions.titleEn"));
		add(new FormLayout(this.code, this.titleLo, this.titleEn));
		Button save = new Button(getTranslation("spectrum.editions.draft.save"), (event) -> {
			Map<String, TextField> fields = Map.of("edition", this.code, "titleLo", this.titleLo, "titleEn",
					this.titleEn);
			fields.values().forEach((field) -> field.setInvalid(false));
			try {
				String edition = editions
					.draft(actor, this.code.getValue(), this.titleLo.getValue(), this.titleEn.getValue())
					.table()
					.getEdition();
				close();
				drafted.accept(edition);
			}
			catch (InvalidInputException refusal) {
				refusal.fieldErrors().forEach((error) -> {
					TextField field = fields.get(error.field());
					if (field != null) {
						field.setErrorMessage(UserMessages.in(error.message()));
						field.setInvalid(true);
					}
				});
				UserMessages.error(refusal);
			}
			catch (DomainException refusal) {
				UserMessages.error(refusal);
			}
		});
		save.setId("edition-save");
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		getFooter().add(new Button(getTranslation("action.cancel"), (event) -> close()), save);
	}

}
