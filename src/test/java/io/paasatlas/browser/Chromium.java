package io.paasatlas.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The one place that knows where Chromium and ChromeDriver live, what happens when they are missing, and how the
 * browser is started. Missing locally: browser tests are skipped with a message. Missing with {@code CI=true}: they
 * fail with the same message, so a CI machine can never pass without running them.
 */
final class Chromium {

	/** Debian's Chromium; elsewhere pass {@code -Dchromium.binary=…} to Maven. */
	static final Path BINARY = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));

	/** Debian's chromium-driver; elsewhere pass {@code -Dchromium.driver=…} to Maven. */
	static final Path DRIVER = Path.of(System.getProperty("chromium.driver", "/usr/bin/chromedriver"));

	static final int DESKTOP_WIDTH = 1280;

	static final int DESKTOP_HEIGHT = 800;

	private Chromium() {
	}

	/** Why browser tests cannot run on this machine, or {@code null} when they can. */
	static @Nullable String missing() {
		return missing(BINARY, DRIVER);
	}

	static @Nullable String missing(Path binary, Path driver) {
		if (!Files.isExecutable(binary)) {
			return "Chromium not found at " + binary + ": browser tests skipped; install chromium and chromium-driver";
		}
		if (!Files.isExecutable(driver)) {
			return "ChromeDriver not found at " + driver
					+ ": browser tests skipped; install chromium and chromium-driver";
		}
		return null;
	}

	/** Under {@code CI=true} browser tests must run: a missing browser is a failure, not a skip. */
	static boolean required() {
		return required(System.getenv("CI"));
	}

	static boolean required(@Nullable String ci) {
		return "true".equals(ci);
	}

	/**
	 * What to do about a missing browser: nothing when it is there ({@code null}), a message to skip with, or an
	 * exception to fail with when {@code required}.
	 */
	static @Nullable String skipOrFail(@Nullable String missing, boolean required) {
		if (missing != null && required) {
			throw new IllegalStateException(missing + " (CI=true: a missing browser fails the build)");
		}
		return missing;
	}

	/**
	 * Starts headless Chromium with a throw-away profile. Selenium Manager is never needed: the binary and the driver
	 * are given explicitly (and {@code .ci/run} sets {@code SE_OFFLINE=true} besides).
	 */
	static Browser start() {
		Path profile;
		try {
			profile = Files.createTempDirectory("paas-atlas-chromium-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot create a Chromium profile folder", ex);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BINARY.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--lang=en-US",
				"--window-size=" + DESKTOP_WIDTH + "," + DESKTOP_HEIGHT, "--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
			.usingAnyFreePort()
			.build();
		try {
			return new Browser(new ChromeDriver(service, options), profile);
		}
		catch (RuntimeException ex) {
			Browser.deleteRecursively(profile);
			throw ex;
		}
	}

}
