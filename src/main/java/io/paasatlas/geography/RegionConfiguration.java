package io.paasatlas.geography;

import jakarta.validation.Validator;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Reads and checks the metros and the land outline once at start-up; invalid data stops the app. */
@Configuration(proxyBeanMethods = false)
class RegionConfiguration {

	private static final Log logger = LogFactory.getLog(RegionConfiguration.class);

	@Bean
	Metros metros(RegionProperties properties, Validator validator) {
		Metros metros = RegionDataFiles.metros(properties.metros(), validator);
		logger.info("Read " + metros.size() + " metro areas");
		return metros;
	}

	@Bean
	LandOutline landOutline(RegionProperties properties) {
		return RegionDataFiles.land(properties.land());
	}

	@Bean
	LatencyModel latencyModel(RegionProperties properties) {
		return properties.latency();
	}

}
