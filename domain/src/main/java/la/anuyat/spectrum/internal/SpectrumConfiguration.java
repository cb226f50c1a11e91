package la.anuyat.spectrum.internal;

import la.anuyat.spectrum.SpectrumRules;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SpectrumRules.class)
class SpectrumConfiguration {

}
