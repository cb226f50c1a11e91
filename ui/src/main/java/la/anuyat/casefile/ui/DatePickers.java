package la.anuyat.casefile.ui;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import la.anuyat.licence.form.FieldConstraints;

/**
 * Date pickers speak the user's language and write dates as DD/MM/YYYY.
 */
public final class DatePickers {

	private DatePickers() {
	}

	public static DatePicker.DatePickerI18n i18n(Component owner) {
		DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
		i18n.setDateFormat("dd/MM/yyyy");
		i18n.setMonthNames(list(owner, "date.months"));
		i18n.setWeekdays(list(owner, "date.weekdays"));
		i18n.setWeekdaysShort(list(owner, "date.weekdaysShort"));
		i18n.setToday(owner.getTranslation("date.today"));
		i18n.setCancel(owner.getTranslation("action.cancel"));
		i18n.setFirstDayOfWeek(1);
		return i18n;
	}

	/**
	 * The sensible range the form definition gives the date ({@code minDate},
	 * {@code maxDate}): the picker offers only those days, and the server refuses others
	 * with the same limits.
	 */
	public static void limit(DatePicker picker, FieldConstraints limits) {
		LocalDate today = LocalDate.now();
		if (limits.minDate() != null) {
			picker.setMin(limits.minDate().on(today));
		}
		if (limits.maxDate() != null) {
			picker.setMax(limits.maxDate().on(today));
		}
	}

	private static List<String> list(Component owner, String key) {
		return Arrays.stream(owner.getTranslation(key).split(",")).map(String::trim).toList();
	}

}
