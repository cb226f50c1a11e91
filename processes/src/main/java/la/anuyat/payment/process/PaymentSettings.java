package la.anuyat.payment.process;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long an applicant has to pay a fee, and how many days before the due date they are
 * reminded: rules the regulator may change, so configuration ({@code anuyat.payment.*}).
 *
 * @param daysToPay days from the invoice to its due date, that day included
 * @param remindDaysBeforeDue how many days before the due date the reminder goes out
 */
@ConfigurationProperties("anuyat.payment")
record PaymentSettings(Integer daysToPay, Integer remindDaysBeforeDue) {

	PaymentSettings {
		daysToPay = (daysToPay == null) ? 30 : daysToPay;
		remindDaysBeforeDue = (remindDaysBeforeDue == null) ? 7 : remindDaysBeforeDue;
		if (daysToPay < 1 || remindDaysBeforeDue < 0) {
			throw new IllegalArgumentException("anuyat.payment.days-to-pay must be at least 1 and "
					+ "anuyat.payment.remind-days-before-due not negative");
		}
	}

}
