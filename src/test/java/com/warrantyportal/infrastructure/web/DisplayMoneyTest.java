package com.warrantyportal.infrastructure.web;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DisplayMoneyTest {

	@Test
	void showsAmountsWithTheirCurrency() {
		DisplayMoney money = new DisplayMoney("gbp");
		assertThat(money.format(new BigDecimal("899"))).isEqualTo("£899.00");
		assertThat(money.format(new BigDecimal("1234.5"))).isEqualTo("£1,234.50");
		assertThat(money.format(new BigDecimal("24.9"), "EUR")).isEqualTo("€24.90");
		assertThat(money.format(new BigDecimal("24.9"), "XYZ1")).isEqualTo("XYZ1 24.90");
		assertThat(money.format(null)).isEmpty();
		assertThat(new DisplayMoney("EUR").format(BigDecimal.TEN)).isEqualTo("€10.00");
		assertThat(money.code()).isEqualTo("GBP");
	}

	@Test
	void refusesACurrencySettingThatIsNoCurrency() {
		assertThatThrownBy(() -> new DisplayMoney("pounds")).hasMessageContaining("ISO 4217");
	}
}
