package io.paasatlas.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core, the accessibility engine, run in the page under test. The script comes from the test class path (the
 * {@code com.deque.html.axe-core:selenium} jar bundles {@code axe.min.js}), so nothing is fetched at test time; it is
 * injected through WebDriver, which the pages' Content-Security-Policy does not govern. Only the WCAG 2.0, 2.1 and
 * 2.2 rules of levels A and AA run: axe's best practices are advice, not the standard.
 */
final class Axe {

	/** The axe tags of WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
	static final List<String> WCAG_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

	/**
	 * The WCAG A/AA rules whose outcome depends on colours: all that a change of colour scheme alone can break, the
	 * stylesheet's dark mode changing colours only.
	 */
	static final List<String> COLOUR_RULES = List.of("color-contrast", "link-in-text-block");

	private static final String SOURCE = read("axe.min.js");

	private static final String RUN = """
			const done = arguments[arguments.length - 1];
			axe.run(document, { runOnly: { type: arguments[1], values: arguments[0] }, resultTypes: ['violations'] })
			  .then((results) => done(results.violations.map((v) => ({
			    id: v.id, impact: v.impact || '', help: v.help,
			    nodes: v.nodes.slice(0, 8).map((n) => n.target.join(' ') + ': '
			        + (n.failureSummary || '').replace(/\\s+/g, ' ').slice(0, 240)),
			    count: v.nodes.length }))))
			  .catch((e) => done([{ id: 'axe-error', impact: 'critical', help: String(e), nodes: [], count: 0 }]));
			""";

	private Axe() {
	}

	/** The WCAG A/AA violations of the page as the window shows it now, one line each, or none. */
	static List<String> violations(WebDriver driver) {
		return run(driver, WCAG_A_AA, "tag");
	}

	/** The violations of the {@link #COLOUR_RULES} only: for a second colour scheme of the same page. */
	static List<String> colourViolations(WebDriver driver) {
		return run(driver, COLOUR_RULES, "rule");
	}

	@SuppressWarnings("unchecked")
	private static List<String> run(WebDriver driver, List<String> selection, String kind) {
		JavascriptExecutor js = (JavascriptExecutor) driver;
		if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
			js.executeScript(SOURCE);
		}
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		List<Map<String, Object>> found = (List<Map<String, Object>>) js.executeAsyncScript(RUN, selection, kind);
		return found.stream()
			.map((v) -> v.get("impact") + " " + v.get("id") + " (" + v.get("help") + "), " + v.get("count")
					+ " element(s): " + String.join(" | ", (List<String>) v.get("nodes")))
			.toList();
	}

	private static String read(String resource) {
		try (InputStream in = Axe.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException(resource + " is not on the test class path: see pom.xml (axe-core)");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
