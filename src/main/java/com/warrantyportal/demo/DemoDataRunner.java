package com.warrantyportal.demo;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Loads the demo data at start-up in the embedded default setup only. */
@Component
@ConditionalOnProperty(name = "warranty.demo-data", havingValue = "true")
class DemoDataRunner implements ApplicationRunner {

	private final DemoData demoData;

	DemoDataRunner(DemoData demoData) {
		this.demoData = demoData;
	}

	@Override
	public void run(ApplicationArguments args) {
		demoData.loadIfEmpty();
	}
}
