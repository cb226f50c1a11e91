package la.anuyat.spectrum.internal;

import la.anuyat.spectrum.BorderGeometry;
import la.anuyat.spectrum.SpectrumLicenceRules;
import la.anuyat.spectrum.SpectrumRules;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ SpectrumRules.class, SpectrumLicenceRules.class })
class SpectrumConfiguration {

	/** Read once: the outline is a few thousand vertices, shared by every check. */
	@Bean
	BorderGeometry laosBorder() {
		return BorderGeometry.laos();
	}

}
