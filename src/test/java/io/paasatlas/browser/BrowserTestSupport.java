package io.paasatlas.browser;

import java.net.URI;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the browser tests: the whole app on a random port, on the real catalog in {@code data/providers}, driven
 * through {@link #browser}. Subclasses share one application context (Spring caches it) and one Chromium (see
 * {@link BrowserExtension}).
 *
 * <pre class="code">
 * class ComparisonBrowserTests extends BrowserTestSupport {
 *
 * 	&#64;Test
 * 	void comparesTwoProviders() {
 * 		this.browser.open("/compare?providers=fly-io,heroku");
 * 		...
 * 	}
 *
 * }
 * </pre>
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "catalog.location=data/providers")
@ExtendWith(BrowserExtension.class)
public abstract class BrowserTestSupport {

	@LocalServerPort
	private int port;

	/** Headless Chromium pointed at this app; see {@link Browser} for the page checks. */
	protected Browser browser;

	@BeforeEach
	protected final void pointBrowserAtApp(Browser browser) {
		this.browser = browser;
		this.browser.baseUri(URI.create("http://localhost:" + this.port + "/"));
	}

}
