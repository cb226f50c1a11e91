package la.anuyat.notification;

import java.util.Collection;

import la.anuyat.authority.StaffMember;
import la.anuyat.shared.LocalizedText;
import la.anuyat.shared.PublicAddress;

import org.springframework.stereotype.Component;

/**
 * Tells staff members of something that needs them: an in-app notice that opens the page
 * given, and a mail in Lao with the English after it (staff work in Lao; the ministry's
 * advisers read the English).
 */
@Component
public class StaffNotices {

	private final NotificationService notifications;

	private final PublicAddress publicAddress;

	StaffNotices(NotificationService notifications, PublicAddress publicAddress) {
		this.notifications = notifications;
		this.publicAddress = publicAddress;
	}

	/**
	 * @param kind what the notice is about, e.g. {@code taskOverdue}
	 * @param path the page the notice opens, e.g. {@code /cases/ICT-VTE-2026-000001}
	 */
	public void tell(Collection<StaffMember> staff, String caseNumber, String kind, LocalizedText subject,
			LocalizedText text, String path) {
		String link = this.publicAddress.link(path);
		for (StaffMember member : staff) {
			this.notifications.notify(member.getUsername(), caseNumber, kind, subject, text, path);
			if (member.getEmail() != null && !member.getEmail().isBlank()) {
				this.notifications.queue(member.getEmail(), subject.lo() + " / " + subject.en(),
						"ຮຽນ " + member.getFullNameLo() + ",\n\n" + text.lo() + "\n\n" + link + "\n\n---\n\n" + "Dear "
								+ member.getFullNameEn() + ",\n\n" + text.en() + "\n\n" + link + "\n\n-- \nAnuyat\n");
			}
		}
	}

}
