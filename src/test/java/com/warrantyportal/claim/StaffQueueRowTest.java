package com.warrantyportal.claim;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StaffQueueRowTest {

	private static StaffQueue.Row waited(long days, long hours) {
		return new StaffQueue.Row(1, 0, "WC-2026-000001", "Owner", "NF-1", "S1", LocalDateTime.now(), days, hours,
				ClaimStatus.SUBMITTED, null, false, null, null, false);
	}

	@Test
	void aClaimsAgeReadsInDaysAndHours() {
		assertThat(waited(0, 0).age()).isEqualTo("under 1 h");
		assertThat(waited(0, 5).age()).isEqualTo("5 h");
		assertThat(waited(1, 24).age()).isEqualTo("1 d 0 h");
		assertThat(waited(2, 53).age()).isEqualTo("2 d 5 h");
	}
}
