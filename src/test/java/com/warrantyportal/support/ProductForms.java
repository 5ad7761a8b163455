package com.warrantyportal.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import com.warrantyportal.account.Account;

import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** The owner's product registration form, as a browser sends it (add a receipt with {@code .file(...)}). */
public final class ProductForms {

	private ProductForms() {
	}

	public static MockMultipartHttpServletRequestBuilder registration(Account who, long modelId, String serial,
			String purchased) {
		MockMultipartHttpServletRequestBuilder request = multipart("/my/products");
		request.param("modelId", String.valueOf(modelId))
			.param("serial", serial)
			.param("purchaseDate", purchased)
			.param("retailer", "Kitchen World")
			.param("price", "499.99");
		request.with(csrf()).with(user(Fixtures.user(who)));
		return request;
	}
}
