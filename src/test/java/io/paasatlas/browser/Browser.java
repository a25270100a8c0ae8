package io.paasatlas.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A headless Chromium window on the app under test, with the checks every page should pass: no horizontal overflow
 * at phone width, colours that follow the OS dark mode, and screenshots under {@code target/screenshots}. One
 * instance for the whole test run, started and closed by {@link BrowserExtension}.
 */
public final class Browser implements AutoCloseable {

	/** A common phone's CSS width (iPhone 12 to 15). */
	public static final int PHONE_WIDTH = 390;

	public static final int PHONE_HEIGHT = 844;

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static final Pattern RGB = Pattern.compile("rgba?\\((\\d+), (\\d+), (\\d+)(?:, ([\\d.]+))?\\)");

	/**
	 * A script function: the outermost elements that stick out of the viewport on the right, leaving out those
	 * inside a scroll container (a {@code .table-wrap}, a {@code pre}).
	 */
	private static final String OVERFLOWING = """
			const overflowing = () => {
			  const limit = document.documentElement.clientWidth + 1;
			  const scrolls = (e) => {
			    for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
			      if (getComputedStyle(a).overflowX !== 'visible') return true;
			    }
			    return false;
			  };
			  return [...document.body.querySelectorAll('*')].filter((e) => {
			    const r = e.getBoundingClientRect();
			    return r.width > 0 && r.right > limit && !scrolls(e)
			        && !(e.parentElement && e.parentElement.getBoundingClientRect().right > limit);
			  });
			};
			""";

	private final WebDriver driver;

	private final Path profile;

	private URI baseUri = URI.create("http://localhost:8080");

	Browser(WebDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
	}

	/** The Selenium driver, for anything the helpers here do not cover. */
	public WebDriver driver() {
		return this.driver;
	}

	/** Where {@link #open(String)} resolves paths: the app's random port, set by {@link BrowserTestSupport}. */
	public void baseUri(URI baseUri) {
		this.baseUri = baseUri;
	}

	/** Opens a path of the app, such as {@code /providers?freeTier=none}. */
	public void open(String path) {
		this.driver.get(this.baseUri.resolve(path).toString());
	}

	/** The path and query of the current page, such as {@code /providers?freeTier=none}. */
	public String pathAndQuery() {
		URI current = URI.create(this.driver.getCurrentUrl());
		return current.getRawPath() + ((current.getRawQuery() != null) ? "?" + current.getRawQuery() : "");
	}

	public WebElement find(String cssSelector) {
		return this.driver.findElement(By.cssSelector(cssSelector));
	}

	public List<WebElement> findAll(String cssSelector) {
		return this.driver.findElements(By.cssSelector(cssSelector));
	}

	/** Clicks a link or a submit button and waits until the next page has loaded. */
	public void clickAndWaitForPage(WebElement element) {
		WebElement oldPage = this.driver.findElement(By.tagName("html"));
		try {
			element.click();
		}
		catch (WebDriverException ex) {
			// on a busy machine chromedriver can lose the clicked node when the click navigates at once ("Node with
			// given id does not belong to the document"): the click happened if the old page goes away
			try {
				new WebDriverWait(this.driver, Duration.ofSeconds(5)).until(gone(oldPage));
			}
			catch (TimeoutException timeout) {
				ex.addSuppressed(timeout);
				throw ex;
			}
		}
		waitUntil(gone(oldPage));
		waitUntil((d) -> "complete".equals(script("return document.readyState")));
	}

	/**
	 * The element's page has been replaced. Like {@code ExpectedConditions.stalenessOf}, but chromedriver may also
	 * answer a node of the page being torn down with "Node with given id does not belong to the document", an
	 * unknown error rather than a stale element: that, too, means the old page is gone.
	 */
	private static ExpectedCondition<Boolean> gone(WebElement element) {
		return (driver) -> {
			try {
				element.isEnabled();
				return false;
			}
			catch (StaleElementReferenceException ex) {
				return true;
			}
			catch (WebDriverException ex) {
				if (String.valueOf(ex.getMessage()).contains("does not belong to the document")) {
					return true;
				}
				throw ex;
			}
		};
	}

	public <T> T waitUntil(ExpectedCondition<T> condition) {
		return new WebDriverWait(this.driver, TIMEOUT).until(condition);
	}

	public @Nullable Object script(String script, Object... args) {
		return ((JavascriptExecutor) this.driver).executeScript(script, args);
	}

	/** Runs a Chrome DevTools Protocol command, for what WebDriver cannot do (emulated media, full screenshots). */
	public Map<String, Object> cdp(String command, Map<String, Object> parameters) {
		return ((HasCdp) this.driver).executeCdpCommand(command, parameters);
	}

	/**
	 * Saves the whole page (not only the window) as {@code target/screenshots/<name>.png}. A long page takes
	 * seconds; {@link #screenshotOfWindow(String)} is the quick one.
	 * @return the file written
	 */
	public Path screenshot(String name) {
		return save(name, fullPagePng());
	}

	/** Saves what the window shows as {@code target/screenshots/<name>.png}: quicker than a whole long page. */
	public Path screenshotOfWindow(String name) {
		return save(name, ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES));
	}

	private Path save(String name, byte[] png) {
		Path file = SCREENSHOTS.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png");
		try {
			Files.createDirectories(SCREENSHOTS);
			Files.write(file, png);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot save the screenshot " + file, ex);
		}
		return file;
	}

	private byte[] fullPagePng() {
		if (this.driver instanceof HasCdp) {
			Number width = (Number) script("return document.documentElement.clientWidth");
			Number height = (Number) script(
					"return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)");
			Map<String, Object> shot = cdp("Page.captureScreenshot",
					Map.of("format", "png", "optimizeForSpeed", true, "captureBeyondViewport", true, "clip",
							Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
			return Base64.getDecoder().decode((String) shot.get("data"));
		}
		return ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES);
	}

	/** Runs the action with the window resized to the given width (and a phone's height), then restores it. */
	public void atWindowWidth(int width, Runnable action) {
		Dimension before = this.driver.manage().window().getSize();
		resize(width, PHONE_HEIGHT);
		try {
			action.run();
		}
		finally {
			resize(before.getWidth(), before.getHeight());
		}
	}

	/**
	 * Asserts that the current page fits a {@value #PHONE_WIDTH} px wide window: nothing makes the page itself
	 * scroll sideways. Wide tables may scroll inside their {@code .table-wrap}, code inside its {@code pre}. On
	 * failure, the widest element is scrolled into view and saved as {@code target/screenshots/overflow-<path>.png}.
	 */
	public void assertNoHorizontalOverflowAtPhoneWidth() {
		atWindowWidth(PHONE_WIDTH, () -> {
			try {
				assertNoHorizontalOverflow();
			}
			catch (AssertionError ex) {
				script(OVERFLOWING + "const first = overflowing()[0]; if (first) first.scrollIntoView({block: 'center'});");
				screenshotOfWindow("overflow" + URI.create(this.driver.getCurrentUrl()).getRawPath().replace('/', '-'));
				throw ex;
			}
		});
	}

	/** Asserts that the current page does not scroll sideways at the current window size. */
	@SuppressWarnings("unchecked")
	public void assertNoHorizontalOverflow() {
		Map<String, Object> measure = (Map<String, Object>) script(OVERFLOWING + """
				const root = document.documentElement;
				const culprits = overflowing().slice(0, 10).map((e) => {
				  const classes = typeof e.className === 'string' ? e.className.trim().split(/\\s+/).filter(Boolean) : [];
				  const name = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + classes.map((c) => '.' + c).join('');
				  return name + ' (right edge ' + Math.round(e.getBoundingClientRect().right) + ' px): '
				      + (e.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 60);
				});
				return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, innerWidth: window.innerWidth,
				         culprits: culprits };
				""");
		long scrollWidth = ((Number) measure.get("scrollWidth")).longValue();
		long clientWidth = ((Number) measure.get("clientWidth")).longValue();
		assertThat(scrollWidth)
			.as(() -> pathAndQuery() + " scrolls sideways in a " + measure.get("innerWidth")
					+ " px wide window: the page is " + scrollWidth + " px wide for " + clientWidth
					+ " px of viewport; widest elements: " + measure.get("culprits"))
			.isLessThanOrEqualTo(clientWidth + 1);
	}

	/** Emulates the OS colour scheme ({@code light} or {@code dark}); {@code null} returns to the default. */
	public void emulateColorScheme(@Nullable String scheme) {
		cdp("Emulation.setEmulatedMedia", Map.of("media", "", "features",
				List.of(Map.of("name", "prefers-color-scheme", "value", (scheme != null) ? scheme : ""))));
	}

	/** Runs the action with the OS in dark mode, then returns to the default. */
	public void inDarkMode(Runnable action) {
		emulateColorScheme("dark");
		try {
			action.run();
		}
		finally {
			emulateColorScheme(null);
		}
	}

	/**
	 * Asserts that the current page follows the OS colour scheme: in dark mode the page background is darker than in
	 * light mode, and the text is lighter.
	 */
	public void assertFollowsDarkMode() {
		emulateColorScheme("light");
		Colours light = colours();
		Colours dark;
		try {
			emulateColorScheme("dark");
			dark = colours();
		}
		finally {
			emulateColorScheme(null);
		}
		assertThat(dark.background()).as("page background in dark mode (light mode: %s)", light.background())
			.isNotEqualTo(light.background());
		assertThat(luminance(dark.background())).as("luminance of the dark background %s against the light %s",
				dark.background(), light.background())
			.isLessThan(luminance(light.background()));
		assertThat(luminance(dark.text())).as("luminance of the dark-mode text %s against the light-mode text %s",
				dark.text(), light.text())
			.isGreaterThan(luminance(light.text()));
	}

	private Colours colours() {
		String background = (String) script("""
				const body = getComputedStyle(document.body).backgroundColor;
				return body === 'rgba(0, 0, 0, 0)' ? getComputedStyle(document.documentElement).backgroundColor : body;
				""");
		String text = (String) script("return getComputedStyle(document.body).color");
		return new Colours(background, text);
	}

	/** Relative luminance (WCAG) of a computed CSS colour such as {@code rgb(20, 22, 27)}. */
	static double luminance(String colour) {
		Matcher m = RGB.matcher(colour);
		assertThat(m.matches()).as("a computed colour: %s", colour).isTrue();
		double[] c = new double[3];
		for (int i = 0; i < 3; i++) {
			double v = Integer.parseInt(m.group(i + 1)) / 255.0;
			c[i] = (v <= 0.04045) ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
		}
		return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
	}

	/**
	 * Asserts that axe-core finds no WCAG 2.0/2.1/2.2 A or AA violation on the current page in three modes: light
	 * and dark colour schemes in a desktop window, and light at phone width ({@value #PHONE_WIDTH} px). In dark mode
	 * only the rules about colour run again: the dark scheme changes colours, nothing else. Every
	 * {@code <details>} is opened first, so that collapsed content is checked too; in both window sizes the page must
	 * not scroll sideways either. One page load serves all three modes.
	 */
	public void assertAccessible() {
		script("document.querySelectorAll('details').forEach((d) => d.open = true)");
		Map<String, List<String>> found = new java.util.LinkedHashMap<>();
		try {
			emulateColorScheme("light");
			found.put("light", Axe.violations(this.driver));
			assertNoHorizontalOverflow();
			emulateColorScheme("dark");
			found.put("dark", Axe.colourViolations(this.driver));
			emulateColorScheme("light");
			atWindowWidth(PHONE_WIDTH, () -> {
				found.put("phone", Axe.violations(this.driver));
				assertNoHorizontalOverflow();
			});
		}
		finally {
			emulateColorScheme(null);
		}
		found.values().removeIf(List::isEmpty);
		assertThat(found).as(() -> pathAndQuery() + ": WCAG A/AA violations by mode:\n" + String.join("\n",
				found.entrySet().stream().flatMap((e) -> e.getValue().stream().map((v) -> e.getKey() + ": " + v)).toList()))
			.isEmpty();
	}

	/** Back to a desktop window in the default colour scheme, before each test. */
	void reset() {
		emulateColorScheme(null);
		resize(Chromium.DESKTOP_WIDTH, Chromium.DESKTOP_HEIGHT);
	}

	private void resize(int width, int height) {
		this.driver.manage().window().setSize(new Dimension(width, height));
	}

	@Override
	public void close() {
		try {
			this.driver.quit();
		}
		finally {
			deleteRecursively(this.profile);
		}
	}

	static void deleteRecursively(Path folder) {
		// Chromium may still be writing as it exits: retry briefly
		for (int attempt = 0; attempt < 5 && Files.exists(folder); attempt++) {
			try (Stream<Path> paths = Files.walk(folder)) {
				List<Path> all = new ArrayList<>(paths.sorted(Comparator.reverseOrder()).toList());
				for (Path path : all) {
					Files.deleteIfExists(path);
				}
			}
			catch (IOException | UncheckedIOException ex) {
				try {
					Thread.sleep(200);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	private record Colours(String background, String text) {
	}

}
