package la.anuyat.notification.mail;

import la.anuyat.notification.NotificationService;
import la.anuyat.notification.OutboxMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Relays the outbox through the configured mail server every
 * {@code anuyat.mail.relay-interval} (30 seconds unless configured). Only when
 * {@code spring.mail.host} is set: without it (the embedded default) mail stays in the
 * outbox for an administrator to read. A mail that fails stays unsent and is tried again
 * on the next round.
 */
@Component
@ConditionalOnProperty("spring.mail.host")
class MailRelay {

	private static final Logger log = LoggerFactory.getLogger(MailRelay.class);

	private final NotificationService notifications;

	private final JavaMailSender mailSender;

	private final String from;

	MailRelay(NotificationService notifications, JavaMailSender mailSender, @Value("${anuyat.mail.from}") String from) {
		this.notifications = notifications;
		this.mailSender = mailSender;
		this.from = from;
	}

	@Scheduled(fixedDelayString = "${anuyat.mail.relay-interval:30s}",
			initialDelayString = "${anuyat.mail.relay-interval:30s}")
	synchronized void relay() {
		for (OutboxMail mail : this.notifications.unsent()) {
			SimpleMailMessage message = new SimpleMailMessage();
			message.setFrom(this.from);
			message.setTo(mail.getRecipient());
			message.setSubject(mail.getSubject());
			message.setText(mail.getBody());
			try {
				this.mailSender.send(message);
			}
			catch (MailException ex) {
				// most likely the server is unreachable: stop this round rather than fail
				// every mail
				log.warn("Could not relay mail {} to {}: {}", mail.getId(), mail.getRecipient(), ex.getMessage());
				return;
			}
			this.notifications.markSent(mail.getId());
		}
	}

}
