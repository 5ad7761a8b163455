package com.warrantyportal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class WarrantyPortalApplication {

	public static void main(String[] args) {
		SpringApplication.run(WarrantyPortalApplication.class, args);
	}
}
