package la.anuyat.inspection.internal;

import la.anuyat.inspection.SurveyArea;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The area field reports must come from: Laos' bounding box unless configured otherwise
 * ({@code anuyat.inspection.area.*}), so that a border survey or a new map datum is a
 * setting, not a release.
 */
@Configuration(proxyBeanMethods = false)
class SurveyAreaConfiguration {

	@Bean
	SurveyArea surveyArea(@Value("${anuyat.inspection.area.min-latitude:13.90}") double minLatitude,
			@Value("${anuyat.inspection.area.max-latitude:22.51}") double maxLatitude,
			@Value("${anuyat.inspection.area.min-longitude:100.08}") double minLongitude,
			@Value("${anuyat.inspection.area.max-longitude:107.70}") double maxLongitude) {
		return new SurveyArea(minLatitude, maxLatitude, minLongitude, maxLongitude);
	}

}
