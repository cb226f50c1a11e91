package la.anuyat.app.ui;

import java.util.Arrays;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;

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

	private static List<String> list(Component owner, String key) {
		return Arrays.stream(owner.getTranslation(key).split(",")).map(String::trim).toList();
	}

}
