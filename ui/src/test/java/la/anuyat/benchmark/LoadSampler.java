package la.anuyat.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The machine's 1-minute load average every 5 s while a phase runs: the machine is
 * shared, so every figure comes with the load it was measured under.
 */
final class LoadSampler {

	private final List<Double> samples = new ArrayList<>();

	private ScheduledExecutorService scheduler;

	void start() {
		this.scheduler = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "load-sampler");
			thread.setDaemon(true);
			return thread;
		});
		this.scheduler.scheduleAtFixedRate(this::sample, 0, 5, TimeUnit.SECONDS);
	}

	void stop() throws InterruptedException {
		this.scheduler.shutdownNow();
		this.scheduler.awaitTermination(5, TimeUnit.SECONDS);
	}

	private void sample() {
		try {
			double load = Double.parseDouble(loadAverage().split("\\s+")[0]);
			synchronized (this.samples) {
				this.samples.add(load);
			}
		}
		catch (RuntimeException ex) {
			// not Linux: no samples
		}
	}

	String summary() {
		synchronized (this.samples) {
			if (this.samples.isEmpty()) {
				return "not available";
			}
			double min = this.samples.stream().mapToDouble(Double::doubleValue).min().orElse(0);
			double max = this.samples.stream().mapToDouble(Double::doubleValue).max().orElse(0);
			double mean = this.samples.stream().mapToDouble(Double::doubleValue).average().orElse(0);
			return String.format(Locale.ROOT, "min %.2f, mean %.2f, max %.2f (%d readings)", min, mean, max,
					this.samples.size());
		}
	}

	static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).strip();
		}
		catch (IOException ex) {
			return "?";
		}
	}

}
