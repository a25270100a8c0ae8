package io.paasatlas.browser;

import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * WCAG 2.2 A and AA on every page, as axe-core judges it, in light and dark mode and on a phone: see
 * {@link Browser#assertAccessible()}. The pages are checked two at a time, each in its own browser: axe keeps one
 * core busy, and one page at a time left the other idle for most of the class's minutes (the largest part of a test
 * run; junit-platform.properties sets the two threads).
 */
@Execution(ExecutionMode.CONCURRENT)
class AccessibilityBrowserTests extends BrowserTestSupport {

	@ParameterizedTest(name = "{0}")
	@MethodSource("io.paasatlas.browser.SitePages#all")
	void pageHasNoWcagViolationInLightOrDarkModeOrOnAPhone(String path) {
		this.browser.open(path);

		this.browser.assertAccessible();
	}

}
