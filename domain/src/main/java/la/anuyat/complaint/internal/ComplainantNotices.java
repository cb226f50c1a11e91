package la.anuyat.complaint.internal;

import java.util.Locale;

import la.anuyat.complaint.Complaint;
import la.anuyat.notification.NotificationService;
import la.anuyat.shared.LocalizedText;
import la.anuyat.shared.PublicAddress;

import org.springframework.stereotype.Component;

/**
 * Tells the complainant what happened to their complaint, by mail in the language they
 * wrote in, with the link that follows it by its tracking code. A complainant who gave
 * only a telephone number (or nothing, anonymously) follows it by the code; SMS is for
 * later.
 */
@Component
public class ComplainantNotices {

	/** The public page that follows a complaint by its code. */
	public static final String TRACK_PAGE = "/complaints/track?code=";

	private final NotificationService notifications;

	private final PublicAddress publicAddress;

	ComplainantNotices(NotificationService notifications, PublicAddress publicAddress) {
		this.notifications = notifications;
		this.publicAddress = publicAddress;
	}

	public void tell(Complaint complaint, String email, String caseNumber, LocalizedText subject, LocalizedText text) {
		if (email == null || email.isBlank()) {
			return;
		}
		Locale language = complaint.getLanguage();
		String link = this.publicAddress.link(TRACK_PAGE + complaint.getTrackingCode());
		LocalizedText body = LocalizedText.of(
				"ສະບາຍດີ,\n\n" + text.lo() + "\n\nເລກຄຳຮ້ອງທຸກ: " + caseNumber + "\nລະຫັດຕິດຕາມ: "
						+ complaint.getTrackingCode() + "\nຕິດຕາມໄດ້ທີ່: " + link
						+ "\n\n-- \nລະບົບອະນຸຍາດ (Anuyat), ກະຊວງເຕັກໂນໂລຊີ ແລະ ການສື່ສານ\n",
				"Hello,\n\n" + text.en() + "\n\nComplaint number: " + caseNumber + "\nTracking code: "
						+ complaint.getTrackingCode() + "\nFollow it at: " + link
						+ "\n\n-- \nAnuyat, the licensing system of the Ministry of Technology and Communications\n");
		this.notifications.queue(email, subject.in(language) + " (" + caseNumber + ")", body.in(language));
	}

}
