package com.warrantyportal.infrastructure;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole app, in the portal's business time zone, so tests can replace it. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	Clock clock(@Value("${warranty.time-zone:Europe/London}") String zone) {
		return Clock.system(ZoneId.of(zone));
	}
}
