package io.paasatlas.browser;

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
 * Starts one headless Chromium for the whole test run and hands it to tests as a {@link Browser} parameter; JUnit
 * closes it (and deletes its profile) when the run is done. One browser rather than one per class: a start costs
 * about 1.6 s, and every test begins from the same state anyway. Skips a class when Chromium is missing, or fails it
 * under {@code CI=true} (see {@link Chromium}). Before each test the window is back at desktop size in the default
 * colour scheme; after a failed test the page is saved as {@code target/screenshots/failed-<class>-<method>.png}.
 */
public class BrowserExtension implements ExecutionCondition, BeforeAllCallback, BeforeEachCallback,
		AfterTestExecutionCallback, ParameterResolver {

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
		browser(context);
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		browser(context).reset();
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

	/** The run's browser: started on first use, kept in the root context's store until the run ends. */
	private static Browser browser(ExtensionContext context) {
		return context.getRoot().getStore(NAMESPACE).computeIfAbsent(Browser.class, (key) -> Chromium.start(),
				Browser.class);
	}

}
