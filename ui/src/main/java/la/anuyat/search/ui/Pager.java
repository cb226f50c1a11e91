package la.anuyat.search.ui;

import java.util.function.IntConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * Previous / page x of y / next, for searches that answer one page at a time together
 * with their total.
 */
class Pager extends HorizontalLayout {

	private final Button previous = new Button();

	private final Button next = new Button();

	private final Span position = new Span();

	private int page;

	Pager(String idPrefix, IntConsumer onPage) {
		addClassName("search-pager");
		setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
		this.previous.setIcon(VaadinIcon.ANGLE_LEFT.create());
		this.previous.setText(getTranslation("search.pager.previous"));
		this.previous.setId(idPrefix + "-previous");
		this.previous.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		this.previous.addClickListener((event) -> onPage.accept(this.page - 1));
		this.next.setIcon(VaadinIcon.ANGLE_RIGHT.create());
		this.next.setIconAfterText(true);
		this.next.setText(getTranslation("search.pager.next"));
		this.next.setId(idPrefix + "-next");
		this.next.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		this.next.addClickListener((event) -> onPage.accept(this.page + 1));
		this.position.setId(idPrefix + "-position");
		add(this.previous, this.position, this.next);
	}

	void show(int page, int size, long total) {
		this.page = page;
		long pages = Math.max(1, (total + size - 1) / size);
		this.position.setText(getTranslation("search.pager.position", page + 1, pages));
		this.previous.setEnabled(page > 0);
		this.next.setEnabled(page + 1 < pages);
		setVisible(total > size || page > 0);
	}

}
