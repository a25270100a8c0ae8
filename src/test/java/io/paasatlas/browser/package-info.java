/**
 * Browser tests: the running app on the real catalog, driven through headless Chromium, plus the support that later
 * features' browser tests reuse ({@link io.paasatlas.browser.BrowserTestSupport}).
 */
@NullMarked
package io.paasatlas.browser;

import org.jspecify.annotations.NullMarked;
