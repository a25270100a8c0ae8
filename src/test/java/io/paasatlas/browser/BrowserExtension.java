package io.paasatlas.browser;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Lends each test a headless Chromium as a {@link Browser} parameter, from browsers kept for the whole test run; JUnit
 * closes them (and deletes their profiles) when the run is done. Kept rather than one per class: a start costs about
 * 1.6 s, and every test begins from the same state anyway. A test holds its browser alone, so tests that run
 * concurrently (see {@link AccessibilityBrowserTests}) each get one, and the run starts as many as ran at once. Skips
 * a class when Chromium is missing, or fails it under {@code CI=true} (see {@link Chromium}). Before each test the
 * window is back at desktop size in the default colour scheme; after a failed test the page is saved as
 * {@code target/screenshots/failed-<class>-<method>.png}.
 */
public class BrowserExtension implements ExecutionCondition, BeforeAllCallback, BeforeEachCallback,
		AfterTestExecutionCallback, AfterEachCallback, ParameterResolver {

	private static final Namespace NAMESPACE = Namespace.create(BrowserExtension.class);

	/** Skips the class when Chromium is missing; under {@code CI=true} fails it instead (see {@link Chromium}). */
	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		String skip = Chromium.skipOrFail(Chromium.missing(), Chromium.required());
		if (skip == null) {
			return ConditionEvaluationResult.enabled("Chromium is installed");
		}
		if (context.getTestMethod().isEmpty()) {
			System.err.println("[WARNING] " + context.getDisplayName() + ": " + skip);
		}
		return ConditionEvaluationResult.disabled(skip);
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		// a browser ready before the class's first test, so that its start is not timed against that test
		Browsers browsers = browsers(context);
		browsers.giveBack(browsers.lend());
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		Browser browser = browsers(context).lend();
		context.getStore(NAMESPACE).put(Browser.class, browser);
		browser.reset();
	}

	@Override
	public void afterEach(ExtensionContext context) {
		Browser browser = context.getStore(NAMESPACE).remove(Browser.class, Browser.class);
		if (browser != null) {
			browsers(context).giveBack(browser);
		}
	}

	@Override
	public void afterTestExecution(ExtensionContext context) {
		if (context.getExecutionException().isPresent()) {
			String name = "failed-" + context.getRequiredTestClass().getSimpleName() + "-"
					+ context.getRequiredTestMethod().getName();
			try {
				System.err.println("Screenshot of the failed test: " + browser(context).screenshotOfWindow(name));
			}
			catch (RuntimeException ex) {
				System.err.println("No screenshot of the failed test: " + ex);
			}
		}
	}

	@Override
	public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return parameterContext.getParameter().getType() == Browser.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return browser(extensionContext);
	}

	/** The test's own browser, lent before it ran. */
	private static Browser browser(ExtensionContext context) {
		return context.getStore(NAMESPACE).get(Browser.class, Browser.class);
	}

	/** The run's browsers, kept in the root context's store until the run ends. */
	private static Browsers browsers(ExtensionContext context) {
		return context.getRoot().getStore(NAMESPACE).computeIfAbsent(Browsers.class, (key) -> new Browsers(),
				Browsers.class);
	}

	/** Browsers not lent at the moment; a new one starts when none is free. */
	private static final class Browsers implements AutoCloseable {

		private final Deque<Browser> idle = new ArrayDeque<>();

		private final List<Browser> all = new ArrayList<>();

		Browser lend() {
			synchronized (this) {
				Browser free = this.idle.poll();
				if (free != null) {
					return free;
				}
			}
			Browser started = Chromium.start();
			synchronized (this) {
				this.all.add(started);
			}
			return started;
		}

		synchronized void giveBack(Browser browser) {
			this.idle.push(browser);
		}

		@Override
		public synchronized void close() {
			for (Browser browser : this.all) {
				browser.close();
			}
		}

	}

}
