package la.anuyat.search;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A clock the test can move, so that a licence can be issued in the past and be expired
 * today.
 */
public class TestClock extends Clock {

	private final ZoneId zone = ZoneId.of("Asia/Vientiane");

	private volatile Instant now = Instant.now();

	public void set(Instant instant) {
		this.now = instant;
	}

	public void reset() {
		this.now = Instant.now();
	}

	@Override
	public ZoneId getZone() {
		return this.zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(this.now, zone);
	}

	@Override
	public Instant instant() {
		return this.now;
	}

}
