package la.anuyat.search.ui;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import la.anuyat.app.ui.DisplayFormats;
import la.anuyat.app.ui.MainLayout;
import la.anuyat.app.ui.UserMessages;
import la.anuyat.search.IndexProgress;

/**
 * The administrator's page for rebuilding the search index from the database, with the
 * progress pushed to the page while the rebuild runs in the background. The application
 * keeps serving meanwhile: the rebuild replaces documents in place instead of emptying
 * the index first ({@link la.anuyat.search.SearchIndexAdmin}).
 */
@Route(value = "admin/search-index", layout = MainLayout.class)
@RolesAllowed("ADMINISTRATOR")
class SearchIndexView extends VerticalLayout implements HasDynamicTitle {

	/**
	 * At most a few updates a second reach the browser, however fast the indexer reports.
	 */
	private static final long MIN_UPDATE_INTERVAL_NANOS = 250_000_000L;

	private final IndexRebuilds rebuilds;

	private final Button rebuild = new Button();

	private final ProgressBar bar = new ProgressBar();

	private final Span counts = new Span();

	private final Div status = new Div();

	private final AtomicReference<IndexRebuilds.State> pending = new AtomicReference<>();

	private final AtomicLong lastUpdate = new AtomicLong();

	private Runnable stopListening = () -> {
	};

	SearchIndexView(IndexRebuilds rebuilds) {
		this.rebuilds = rebuilds;
		addClassName("page");
		this.rebuild.setText(getTranslation("searchIndex.rebuild"));
		this.rebuild.setIcon(VaadinIcon.REFRESH.create());
		this.rebuild.setId("search-index-rebuild");
		this.rebuild.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.rebuild.setDisableOnClick(true);
		this.rebuild.addClickListener((event) -> {
			if (!this.rebuilds.start()) {
				UserMessages.errorMessage(getTranslation("searchIndex.alreadyRunning"));
			}
			show(this.rebuilds.state());
		});
		this.bar.setId("search-index-progress");
		// the bar is named for screen readers by the page's title
		this.bar.getElement().setAttribute("aria-label", getTranslation("searchIndex.title"));
		this.bar.setWidth("30em");
		this.bar.setMin(0);
		this.bar.setMax(1);
		this.counts.setId("search-index-counts");
		this.status.setId("search-index-status");
		this.status.addClassName("search-index-status");
		add(new H2(getTranslation("searchIndex.title")), new Paragraph(getTranslation("searchIndex.intro")),
				this.rebuild, this.bar, this.counts, this.status);
	}

	@Override
	protected void onAttach(AttachEvent attachEvent) {
		UI ui = attachEvent.getUI();
		this.stopListening = this.rebuilds.listen((state) -> update(ui, state));
		show(this.rebuilds.state());
	}

	@Override
	protected void onDetach(DetachEvent detachEvent) {
		this.stopListening.run();
	}

	/**
	 * Called from the indexing threads: keeps only the latest state and hands it to the
	 * UI thread, which pushes it to the browser.
	 */
	private void update(UI ui, IndexRebuilds.State state) {
		long now = System.nanoTime();
		if (state.running() && now - this.lastUpdate.get() < MIN_UPDATE_INTERVAL_NANOS) {
			return;
		}
		this.lastUpdate.set(now);
		if (this.pending.getAndSet(state) != null) {
			// an update is already queued; it will show this newer state
			return;
		}
		try {
			ui.access(() -> {
				IndexRebuilds.State latest = this.pending.getAndSet(null);
				if (latest != null) {
					show(latest);
				}
			});
		}
		catch (UIDetachedException ex) {
			this.pending.set(null);
		}
	}

	private void show(IndexRebuilds.State state) {
		IndexProgress progress = state.progress();
		this.rebuild.setEnabled(!state.running());
		this.bar.setVisible(state.running() || state.finishedAt() != null);
		this.bar.setIndeterminate(state.running() && progress.total() <= 0);
		this.bar.setValue(progress.fraction());
		this.counts.setText((state.startedAt() == null) ? ""
				: getTranslation("searchIndex.counts", progress.done(), progress.total()));
		if (state.running()) {
			this.status.setText(getTranslation("searchIndex.running", DisplayFormats.dateTime(state.startedAt())));
		}
		else if (state.failed()) {
			this.status.setText(getTranslation("searchIndex.failed"));
		}
		else if (state.finishedAt() != null) {
			this.status.setText(getTranslation("searchIndex.finished", DisplayFormats.dateTime(state.finishedAt())));
		}
		else {
			this.status.setText(getTranslation("searchIndex.idle"));
		}
		this.status.setClassName("failed", state.failed());
	}

	@Override
	public String getPageTitle() {
		return getTranslation("searchIndex.title");
	}

}
