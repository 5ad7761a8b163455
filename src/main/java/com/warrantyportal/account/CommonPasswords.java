package com.warrantyportal.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Passwords too common to accept, from {@code common-passwords.txt} shipped with the app. Compared without case,
 * because "Password1234" is no safer than "password1234".
 */
@Component
public class CommonPasswords {

	private final Set<String> passwords;

	public CommonPasswords() {
		this.passwords = load(new ClassPathResource("common-passwords.txt"));
	}

	public boolean contains(String password) {
		return password != null && passwords.contains(password.toLowerCase(Locale.ROOT));
	}

	public int size() {
		return passwords.size();
	}

	private static Set<String> load(ClassPathResource resource) {
		Set<String> result = new HashSet<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				String entry = line.strip();
				if (!entry.isEmpty() && !entry.startsWith("#")) {
					result.add(entry.toLowerCase(Locale.ROOT));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the common password list", ex);
		}
		return Set.copyOf(result);
	}
}
