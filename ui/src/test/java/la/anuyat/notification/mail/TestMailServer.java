package la.anuyat.notification.mail;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.boot.SpringApplication;

/**
 * One real SMTP server per test JVM (GreenMail), on a free port, that the application
 * contexts of the journey tests relay their outbox to. Stopped when the JVM ends, after
 * the application contexts have closed.
 */
public final class TestMailServer {

	private static GreenMail server;

	private TestMailServer() {
	}

	/**
	 * The SMTP port, starting the server on first use.
	 */
	public static synchronized int port() {
		return server().getSmtp().getPort();
	}

	/**
	 * Waits until a mail to the recipient that matches arrives, and returns it decoded.
	 * @throws AssertionError when none arrived within the timeout
	 */
	public static Mail awaitMail(String recipient, Predicate<Mail> matching, Duration timeout) {
		Instant deadline = Instant.now().plus(timeout);
		while (true) {
			Optional<Mail> found = received().stream()
				.filter((mail) -> mail.recipients().contains(recipient))
				.filter(matching)
				.findFirst();
			if (found.isPresent()) {
				return found.get();
			}
			if (Instant.now().isAfter(deadline)) {
				throw new AssertionError("No matching mail to " + recipient + " within " + timeout + "; received: "
						+ received().stream().map(Mail::subject).toList());
			}
			// blocks until the next mail arrives (or a short while passes), then looks
			// again
			server().waitForIncomingEmail(250, received().size() + 1);
		}
	}

	/**
	 * Every mail received so far, decoded.
	 */
	public static List<Mail> received() {
		return Arrays.stream(server().getReceivedMessages()).map(TestMailServer::decode).toList();
	}

	private static synchronized GreenMail server() {
		if (server == null) {
			GreenMail started = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
			started.start();
			SpringApplication.getShutdownHandlers().add(started::stop);
			server = started;
		}
		return server;
	}

	private static Mail decode(MimeMessage message) {
		try {
			Address[] to = message.getAllRecipients();
			List<String> recipients = (to != null) ? Arrays.stream(to).map(Address::toString).toList() : List.of();
			String from = (message.getFrom() != null && message.getFrom().length > 0) ? message.getFrom()[0].toString()
					: null;
			return new Mail(from, recipients, message.getSubject(), String.valueOf(message.getContent()));
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException("Could not read a received mail", ex);
		}
	}

	/**
	 * A received mail: its sender, recipients, subject and text, decoded.
	 */
	public record Mail(String from, List<String> recipients, String subject, String body) {

	}

}
