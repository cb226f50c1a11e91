package la.anuyat.notification.mail;

import java.util.List;

import la.anuyat.notification.NotificationService;
import la.anuyat.notification.OutboxMail;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * The relay sends the outbox and marks only what the mail server accepted.
 */
class MailRelayTests {

	private final NotificationService notifications = mock(NotificationService.class);

	private final JavaMailSender mailSender = mock(JavaMailSender.class);

	private final MailRelay relay = new MailRelay(this.notifications, this.mailSender, "no-reply@anuyat.example");

	@Test
	void sendsEveryUnsentMailAndMarksItSent() {
		List<OutboxMail> outbox = List.of(mail(1, "a@example.la"), mail(2, "b@example.la"));
		given(this.notifications.unsent()).willReturn(outbox);

		this.relay.relay();

		ArgumentCaptor<SimpleMailMessage> sent = ArgumentCaptor.forClass(SimpleMailMessage.class);
		verify(this.mailSender, times(2)).send(sent.capture());
		assertThat(sent.getAllValues()).extracting((message) -> message.getTo()[0])
			.containsExactly("a@example.la", "b@example.la");
		assertThat(sent.getValue().getFrom()).isEqualTo("no-reply@anuyat.example");
		assertThat(sent.getValue().getSubject()).isEqualTo("Subject 2");
		verify(this.notifications).markSent(1L);
		verify(this.notifications).markSent(2L);
	}

	@Test
	void leavesMailUnsentWhenTheServerRefusesIt() {
		List<OutboxMail> outbox = List.of(mail(1, "a@example.la"), mail(2, "b@example.la"));
		given(this.notifications.unsent()).willReturn(outbox);
		willThrow(new MailSendException("connection refused")).given(this.mailSender)
			.send(any(SimpleMailMessage.class));

		this.relay.relay();

		verify(this.notifications, never()).markSent(anyLong());
	}

	private static OutboxMail mail(long id, String recipient) {
		OutboxMail mail = mock(OutboxMail.class);
		given(mail.getId()).willReturn(id);
		given(mail.getRecipient()).willReturn(recipient);
		given(mail.getSubject()).willReturn("Subject " + id);
		given(mail.getBody()).willReturn("Body " + id);
		return mail;
	}

}
