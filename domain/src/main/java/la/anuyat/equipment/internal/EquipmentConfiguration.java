package la.anuyat.equipment.internal;

import la.anuyat.equipment.EquipmentRules;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EquipmentRules.class)
class EquipmentConfiguration {

}
