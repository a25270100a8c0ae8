package io.paasatlas.system;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Gzip only for a client whose Accept-Encoding admits it, q-values read as RFC 9110 has them. */
class AcceptEncodingTests {

	@ParameterizedTest(name = "[{0}] -> {1}")
	@CsvSource(delimiter = '|', value = { "gzip|true", "gzip, deflate, br|true", "GZIP|true", "x-gzip|true",
			"gzip;q=0.5|true", "gzip; q=1.0|true", "*|true", "br, *;q=0.1|true", "gzip;q=0|false", "gzip;q=0.0|false",
			"gzip;q=0.000|false", "gzip;Q=0.00, deflate|false", "*;q=0|false", "gzip;q=0, *|false", "deflate, br|false",
			"identity|false", "''|false", "gzip;q=abc|false", "gzip;q=2|false" })
	void admitsGzipOnlyWithAQualityAboveZero(String header, boolean gzip) {
		assertThat(AcceptEncoding.allowsGzip(Collections.enumeration(List.of(header)))).isEqualTo(gzip);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "deflate|gzip;q=0.2|true", "gzip;q=0|*|false", "br|*;q=0|false" })
	void readsEveryAcceptEncodingHeader(String first, String second, boolean gzip) {
		assertThat(AcceptEncoding.allowsGzip(Collections.enumeration(List.of(first, second)))).isEqualTo(gzip);
	}

	@Test
	void noHeaderMeansNoGzip() {
		assertThat(AcceptEncoding.allowsGzip(Collections.emptyEnumeration())).isFalse();
	}

}
