package io.paasatlas.catalog;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FingerprintTests {

	@Test
	void isTheContentsOwnAndChangesWithAnyOfIt() {
		String document = "{\"slug\":\"beta\",\"name\":\"Beta\"}";

		assertThat(Fingerprint.of(document)).matches("[0-9a-f]{16}")
			.isEqualTo(Fingerprint.of(document.getBytes(StandardCharsets.UTF_8)))
			.isNotEqualTo(Fingerprint.of(document.replace("Beta", "Bets")))
			.isNotEqualTo(Fingerprint.of(document + " "))
			.isNotEqualTo(Fingerprint.of(""));
	}

	@Test
	void ofKnownContent() {
		// CRC-32 and CRC-32C of "123456789", the check values of both standards
		assertThat(Fingerprint.of("123456789")).isEqualTo("cbf43926e3069283");
	}

	@Test
	void ofPartsIsThatOfTheirConcatenation() {
		byte[] first = "1234".getBytes(StandardCharsets.UTF_8);
		byte[] second = "56789".getBytes(StandardCharsets.UTF_8);

		assertThat(Fingerprint.of(List.of(first, new byte[0], second))).isEqualTo("cbf43926e3069283");
	}

}
