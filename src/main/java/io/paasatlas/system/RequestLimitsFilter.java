package io.paasatlas.system;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.tomcat.util.http.InvalidParameterException;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns away, before any controller sees it, what the app never needs: a body over
 * {@code atlas.request.max-body-bytes} (413: the app takes small JSON objects only, and a chunked body is read no
 * further than the limit), and a query or form that does not decode or has more parameters than Tomcat allows (400;
 * Tomcat would throw from {@code getParameter} inside a controller, a 500-path that logs a stack trace at ERROR).
 * The answer is the app's own error page, or a problem detail under {@code /api} ({@link ErrorAnswers}); the log gets
 * one line.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
// also here: the web test slices load filters, not the properties records the application scans for
@EnableConfigurationProperties(RequestProperties.class)
class RequestLimitsFilter extends OncePerRequestFilter {

	private static final Log logger = LogFactory.getLog(RequestLimitsFilter.class);

	private final int maxBody;

	RequestLimitsFilter(RequestProperties limits) {
		this.maxBody = limits.maxBodyBytes();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long length = request.getContentLengthLong();
		if (length > this.maxBody) {
			reject(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
					"a body of " + length + " bytes, over the limit of " + this.maxBody);
			return;
		}
		// the body RequestBodyValve read in time, if the request came through Tomcat's pipeline
		HttpServletRequest checked = (request.getAttribute(RequestBodyValve.BODY) instanceof byte[] read)
				? new ReadBody(request, read) : request;
		if (length < 0 && request.getHeader("Transfer-Encoding") != null && !isForm(request)) {
			// chunked: no length to check up front, so read up to the limit (a form is read by Tomcat, within
			// server.tomcat.max-http-form-post-size)
			byte[] body = checked.getInputStream().readNBytes(this.maxBody + 1);
			if (body.length > this.maxBody) {
				reject(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
						"a chunked body over the limit of " + this.maxBody + " bytes");
				return;
			}
			checked = new ReadBody(request, body);
		}
		try {
			checked.getParameterMap();
		}
		catch (InvalidParameterException ex) {
			reject(request, response, ex.getErrorCode(), "parameters that cannot be read: " + firstLine(ex));
			return;
		}
		chain.doFilter(checked, response);
	}

	private static boolean isForm(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
	}

	private static void reject(HttpServletRequest request, HttpServletResponse response, int status, String why)
			throws IOException {
		logger.info(status + " for " + request.getMethod() + " " + LogText.of(request.getRequestURI()) + ": " + why);
		response.sendError(status);
	}

	private static String firstLine(Exception ex) {
		String message = String.valueOf(ex.getMessage());
		int end = message.indexOf('\n');
		return LogText.of((end >= 0) ? message.substring(0, end) : message);
	}

	/** The request with its body already read into memory. */
	private static final class ReadBody extends HttpServletRequestWrapper {

		private final byte[] body;

		ReadBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] bytes, int offset, int length) {
					return in.read(bytes, offset, length);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("the body has been read already");
				}

			};
		}

		@Override
		public BufferedReader getReader() {
			String encoding = getCharacterEncoding();
			return new BufferedReader(new InputStreamReader(getInputStream(),
					(encoding != null) ? Charset.forName(encoding) : StandardCharsets.UTF_8));
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

	}

}
