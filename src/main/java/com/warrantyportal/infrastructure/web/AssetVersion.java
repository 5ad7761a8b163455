package com.warrantyportal.infrastructure.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;

/** The content hash the front-end build wrote, appended to asset URLs so browsers never keep a stale stylesheet. */
@TemplateHelper("assetVersion")
public class AssetVersion {

	private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*\"([0-9a-f]+)\"");

	private final String value;

	public AssetVersion() {
		this.value = read();
	}

	public String value() {
		return value;
	}

	private static String read() {
		ClassPathResource manifest = new ClassPathResource("static/assets/manifest.json");
		if (!manifest.exists()) {
			return "dev";
		}
		try (InputStream in = manifest.getInputStream()) {
			Matcher matcher = VERSION.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			return matcher.find() ? matcher.group(1) : "dev";
		}
		catch (IOException ex) {
			return "dev";
		}
	}
}
