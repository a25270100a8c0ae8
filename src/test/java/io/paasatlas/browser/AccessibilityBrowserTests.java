package io.paasatlas.browser;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * WCAG 2.2 A and AA on every page, as axe-core judges it, in light and dark mode and on a phone: see
 * {@link Browser#assertAccessible()}.
 */
class AccessibilityBrowserTests extends BrowserTestSupport {

	@ParameterizedTest(name = "{0}")
	@MethodSource("io.paasatlas.browser.SitePages#all")
	void pageHasNoWcagViolationInLightOrDarkModeOrOnAPhone(String path) {
		this.browser.open(path);

		this.browser.assertAccessible();
	}

}
