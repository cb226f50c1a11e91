package la.anuyat.notification.mail;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import la.anuyat.notification.NotificationService;
import la.anuyat.notification.OutboxMail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * The relay sends the outbox to a real SMTP server and marks only what the server
 * accepted. The outbox itself is stood in for here; the journey tests relay the real one.
 */
class MailRelayTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

	private final NotificationService notifications = mock(NotificationService.class);

	@Test
	void sendsEveryUnsentMailAndMarksItSent() throws Exception {
		List<OutboxMail> outbox = List.of(mail(1, "a@example.la", "ໃບອະນຸຍາດ LIC-VTE-2026-000001 ອອກແລ້ວ"),
				mail(2, "b@example.la", "Licence LIC-VTE-2026-000002 issued"));
		given(this.notifications.unsent()).willReturn(outbox);

		relayTo(smtp.getSmtp().getPort()).relay();

		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(2);
		assertThat(received[0].getAllRecipients()[0]).hasToString("a@example.la");
		assertThat(received[0].getFrom()[0]).hasToString("no-reply@anuyat.example");
		assertThat(received[0].getSubject()).as("Lao arrives intact")
			.isEqualTo("ໃບອະນຸຍາດ LIC-VTE-2026-000001 ອອກແລ້ວ");
		assertThat((String) received[0].getContent()).isEqualTo("ຮຽນ ບໍລິສັດ 1");
		assertThat(received[1].getAllRecipients()[0]).hasToString("b@example.la");
		verify(this.notifications).markSent(1L);
		verify(this.notifications).markSent(2L);
	}

	@Test
	void leavesMailUnsentWhenTheServerCannotBeReached() throws IOException {
		List<OutboxMail> outbox = List.of(mail(1, "a@example.la", "Subject 1"), mail(2, "b@example.la", "Subject 2"));
		given(this.notifications.unsent()).willReturn(outbox);

		relayTo(portNobodyListensOn()).relay();

		verify(this.notifications, never()).markSent(anyLong());
		assertThat(smtp.getReceivedMessages()).isEmpty();
	}

	private MailRelay relayTo(int port) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(port);
		sender.setDefaultEncoding("UTF-8");
		return new MailRelay(this.notifications, sender, "no-reply@anuyat.example");
	}

	private static int portNobodyListensOn() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static OutboxMail mail(long id, String recipient, String subject) {
		OutboxMail mail = mock(OutboxMail.class);
		given(mail.getId()).willReturn(id);
		given(mail.getRecipient()).willReturn(recipient);
		given(mail.getSubject()).willReturn(subject);
		given(mail.getBody()).willReturn("ຮຽນ ບໍລິສັດ " + id);
		return mail;
	}

}
