package io.paasatlas.system;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.coyote.ActionCode;
import org.jspecify.annotations.Nullable;

/**
 * Tomcat's answer to the requests it turns away before the app sees them (a request line or headers over 8 kB, an
 * encoded slash or NUL in the path, a URI that does not decode), in place of Boot's bare {@code ErrorReportValve}:
 * with the app's security headers, with the app's own 400 page once {@link Warmup} has had the app render it, and
 * with one log line (Tomcat's own report of a header it cannot parse carries a stack trace and is turned down to
 * WARN in {@code application.properties}).
 */
final class ContainerErrorValve extends ErrorReportValve {

	private static final Log logger = LogFactory.getLog(ContainerErrorValve.class);

	private volatile @Nullable Rendered badRequest;

	ContainerErrorValve() {
		setShowReport(false);
		setShowServerInfo(false);
	}

	/** The app's own page for a 400, as it rendered it. */
	void useBadRequestPage(byte[] body, String contentType) {
		this.badRequest = new Rendered(body, contentType);
	}

	@Override
	protected void report(Request request, Response response, @Nullable Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || response.isCommitted()) {
			super.report(request, response, throwable);
			return;
		}
		SecurityHeadersFilter.addTo(request, response);
		if (request.getContext() != null) {
			// the app's error dispatch ran and wrote nothing: Tomcat's own short page
			super.report(request, response, throwable);
			return;
		}
		String uri = request.getRequestURI();
		logger.info(status + " before the app: " + ((uri != null) ? LogText.of(request.getMethod() + " " + uri)
				: "a request line or header Tomcat could not read (over 8 kB or malformed)")
				+ ((response.getMessage() != null) ? " (" + LogText.of(response.getMessage()) + ")" : ""));
		Rendered page = (status == 400) ? this.badRequest : null;
		if (page == null) {
			super.report(request, response, throwable);
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean(true);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get() || !response.setErrorReported()) {
			return;
		}
		try {
			response.setContentType(page.contentType());
			response.setContentLength(page.body().length);
			response.getOutputStream().write(page.body());
			response.finishResponse();
		}
		catch (IOException | IllegalStateException ex) {
			// the client is gone, or the response cannot take a body any more: nothing left to tell anyone
		}
	}

	private record Rendered(byte[] body, String contentType) {
	}

}
