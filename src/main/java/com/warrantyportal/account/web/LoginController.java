package com.warrantyportal.account.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	/**
	 * After a failed attempt, the address typed is shown again (the failure handler keeps it in a cookie for this
	 * page), so only the password needs typing again.
	 */
	@GetMapping("/login")
	String login(@CookieValue(name = "SIGN_IN_EMAIL", required = false) String typedEmail, Model model) {
		if (typedEmail != null) {
			String email = URLDecoder.decode(typedEmail, StandardCharsets.UTF_8);
			model.addAttribute("typedEmail", email.length() > 254 ? email.substring(0, 254) : email);
		}
		return "account/login";
	}
}
