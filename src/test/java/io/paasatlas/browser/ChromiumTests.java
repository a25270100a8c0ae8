package io.paasatlas.browser;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** When browser tests run, skip or fail: no browser needed. */
class ChromiumTests {

	private static final Path NOWHERE = Path.of("/nonexistent/chromium");

	@Test
	void missingBrowserIsNamedWithWhatToInstall() {
		assertThat(Chromium.missing(NOWHERE, NOWHERE)).isEqualTo(
				"Chromium not found at /nonexistent/chromium: browser tests skipped; install chromium and chromium-driver");
	}

	@Test
	void missingDriverIsNamedToo() {
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		assertThat(Chromium.missing(java, NOWHERE)).startsWith("ChromeDriver not found at /nonexistent/chromium");
	}

	@Test
	void missingBrowserSkipsLocally() {
		assertThat(Chromium.skipOrFail("Chromium not found", false)).isEqualTo("Chromium not found");
	}

	@Test
	void missingBrowserFailsUnderCi() {
		assertThatIllegalStateException().isThrownBy(() -> Chromium.skipOrFail("Chromium not found", true))
			.withMessageStartingWith("Chromium not found");
	}

	@Test
	void installedBrowserNeitherSkipsNorFails() {
		assertThat(Chromium.skipOrFail(null, true)).isNull();
	}

	@Test
	void onlyCiTrueRequiresTheBrowser() {
		assertThat(Chromium.required("true")).isTrue();
		assertThat(Chromium.required("false")).isFalse();
		assertThat(Chromium.required(null)).isFalse();
	}

}
