package la.anuyat.notification;

import java.util.Locale;
import java.util.Optional;

import la.anuyat.party.ApplicantAccount;
import la.anuyat.party.Company;
import la.anuyat.party.PartyService;
import la.anuyat.shared.LocalizedText;
import la.anuyat.shared.PublicAddress;

import org.springframework.stereotype.Component;

/**
 * Tells the company a case concerns what happened on it: a notice in its applicant's
 * pages (both languages: they may switch) and a mail, in the language of their account,
 * to their address (the company's when the case has no account), with the link to the
 * case. One way for applications, fees and what happens to a licence after its issue.
 */
@Component
public class CompanyNotices {

	/** The applicant's page of a case, in the web application. */
	public static final String CASE_PAGE = "/my-applications/";

	private final PartyService parties;

	private final NotificationService notifications;

	private final PublicAddress publicAddress;

	CompanyNotices(PartyService parties, NotificationService notifications, PublicAddress publicAddress) {
		this.parties = parties;
		this.notifications = notifications;
		this.publicAddress = publicAddress;
	}

	/**
	 * Tells the company a case is about, and the applicant who speaks for it, what
	 * happened to the case.
	 * @param kind what the notice is about, e.g. {@code invoiceIssued}
	 * @param linkLabel what the mail calls the link to the case, e.g. "See your
	 * application"
	 */
	public void tell(String caseNumber, Long companyId, String applicantUsername, String kind, LocalizedText subject,
			LocalizedText text, LocalizedText linkLabel) {
		tell(caseNumber, companyId, applicantUsername, kind, subject, text, linkLabel, CASE_PAGE + caseNumber);
	}

	/**
	 * As
	 * {@link #tell(String, Long, String, String, LocalizedText, LocalizedText, LocalizedText)},
	 * linking another page of the web application than the case's (e.g. the company page,
	 * where a licence's usage reports are submitted).
	 * @param path the page's path, e.g. {@code /companies/mine}
	 */
	public void tell(String caseNumber, Long companyId, String applicantUsername, String kind, LocalizedText subject,
			LocalizedText text, LocalizedText linkLabel, String path) {
		String casePath = path;
		Optional<ApplicantAccount> account = this.parties.accountByUsername(applicantUsername);
		if (account.isPresent()) {
			this.notifications.notify(applicantUsername, caseNumber, kind, subject, text, casePath);
		}
		Company company = this.parties.company(companyId);
		Locale language = account.map(ApplicantAccount::preferredLanguage).orElse(Locale.forLanguageTag("lo"));
		String recipient = account.map(ApplicantAccount::getEmail).orElse(company.getEmail());
		String caseLink = this.publicAddress.link(casePath);
		String nameEn = (company.getNameEn() != null) ? company.getNameEn() : company.getNameLo();
		LocalizedText body = LocalizedText.of(
				"ຮຽນ " + company.getNameLo() + ",\n\n" + text.lo() + "\n\n" + linkLabel.lo() + ": " + caseLink
						+ "\n\n-- \nລະບົບອະນຸຍາດ (Anuyat), ກະຊວງເຕັກໂນໂລຊີ ແລະ ການສື່ສານ\n",
				"Dear " + nameEn + ",\n\n" + text.en() + "\n\n" + linkLabel.en() + ": " + caseLink
						+ "\n\n-- \nAnuyat, the licensing system of the Ministry of Technology and Communications\n");
		this.notifications.queue(recipient, subject.in(language), body.in(language));
	}

}
