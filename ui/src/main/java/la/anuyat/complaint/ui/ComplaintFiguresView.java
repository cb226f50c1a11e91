package la.anuyat.complaint.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import la.anuyat.app.ui.PublicBar;
import la.anuyat.app.ui.UserMessages;
import la.anuyat.authority.Authority;
import la.anuyat.authority.AuthorityService;
import la.anuyat.complaint.ComplaintFigures;
import la.anuyat.shared.DomainException;

/**
 * The published complaint figures, without sign-in: a period of months and a province,
 * then per month, province, operator and category the complaints filed, the median times
 * to the operator's response and to a decision, and the share upheld; the same as CSV.
 */
@Route(value = "complaints/figures", autoLayout = false)
@AnonymousAllowed
class ComplaintFiguresView extends Div implements HasDynamicTitle {

	private final ComplaintFigures figures;

	private final TextField from = new TextField();

	private final TextField to = new TextField();

	private final Select<String> province = new Select<>();

	private final Grid<ComplaintFigures.Row> grid = new Grid<>();

	private final Div download = new Div();

	ComplaintFiguresView(ComplaintFigures figures, AuthorityService authorities, Clock clock) {
		this.figures = figures;
		addClassName("complaint-page");
		YearMonth now = YearMonth.now(clock);
		this.from.setId("figures-from");
		this.from.setLabel(getTranslation("complaintFigures.from"));
		this.from.setValue(now.minusMonths(11).toString());
		this.from.setPattern("\\d{4}-\\d{2}");
		this.to.setId("figures-to");
		this.to.setLabel(getTranslation("complaintFigures.to"));
		this.to.setValue(now.toString());
		this.to.setPattern("\\d{4}-\\d{2}");
		this.province.setId("figures-province");
		this.province.setLabel(getTranslation("complaintFigures.province"));
		this.province.setEmptySelectionAllowed(true);
		this.province.setEmptySelectionCaption(getTranslation("complaintFigures.allProvinces"));
		this.province.setItems(authorities.provinces().stream().map(Authority::getCode).toList());
		this.province.setItemLabelGenerator((code) -> (code == null) ? getTranslation("complaintFigures.allProvinces")
				: UserMessages.pick(authorities.authority(code).getNameLo(), authorities.authority(code).getNameEn()));
		Button show = new Button(getTranslation("complaintFigures.show"), (event) -> show());
		show.setId("figures-show");
		show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.grid.setId("figures-grid");
		this.grid.addColumn((row) -> row.month().toString()).setHeader(getTranslation("complaintFigures.month"));
		this.grid.addColumn(ComplaintFigures.Row::provinceCode).setHeader(getTranslation("complaintFigures.province"));
		this.grid.addColumn((row) -> UserMessages.pick(row.operatorLo(), row.operatorEn()))
			.setHeader(getTranslation("complaintFigures.operator"));
		this.grid.addColumn((row) -> UserMessages.pick(row.categoryLo(), row.categoryEn()))
			.setHeader(getTranslation("complaintFigures.category"));
		this.grid.addColumn(ComplaintFigures.Row::filed).setHeader(getTranslation("complaintFigures.filed"));
		this.grid.addColumn((row) -> text(row.medianResponseHours()))
			.setHeader(getTranslation("complaintFigures.responseHours"));
		this.grid.addColumn((row) -> text(row.medianDecisionDays()))
			.setHeader(getTranslation("complaintFigures.decisionDays"));
		this.grid.addColumn((row) -> text(row.upheldPercent())).setHeader(getTranslation("complaintFigures.upheld"));
		this.grid.setAllRowsVisible(true);
		Div bar = new PublicBar();
		Div content = new Div(new H1(getTranslation("complaintFigures.title")),
				new Paragraph(getTranslation("complaintFigures.about")), this.from, this.to, this.province, show,
				this.download, this.grid);
		content.getElement().setAttribute("role", "main");
		content.getStyle().set("padding", "0 1rem");
		add(bar, content);
		show();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("complaintFigures.title");
	}

	private void show() {
		this.download.removeAll();
		try {
			YearMonth start = YearMonth.parse(this.from.getValue().strip());
			YearMonth end = YearMonth.parse(this.to.getValue().strip());
			String code = this.province.getValue();
			this.grid.setItems(this.figures.figures(start, end, code));
			byte[] csv = this.figures.csv(start, end, code).getBytes(StandardCharsets.UTF_8);
			Anchor link = new Anchor(
					DownloadHandler.fromInputStream((event) -> new DownloadResponse(new ByteArrayInputStream(csv),
							"complaint-figures.csv", "text/csv", csv.length)),
					AttachmentType.DOWNLOAD, getTranslation("complaintFigures.csv"));
			link.setId("figures-csv");
			link.addClassName("button-like");
			this.download.add(link);
		}
		catch (java.time.format.DateTimeParseException ex) {
			UserMessages.errorMessage(getTranslation("complaintFigures.badMonth"));
		}
		catch (DomainException refusal) {
			UserMessages.error(refusal);
		}
	}

	private static String text(Double value) {
		return (value != null) ? String.valueOf(value) : "—";
	}

}
