package io.paasatlas.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.coyote.ActionCode;
import org.jspecify.annotations.Nullable;

/**
 * Reads a request's body, when it declares one, before any code holds a worker thread on it. A worker blocks while
 * a body arrives, so ten clients trickling a byte a second into the bodies they declared stopped the whole app:
 * every other request timed out. Here a body must come within {@code atlas.request.max-body-time} (each wait for
 * its next bytes bounded by {@code server.tomcat.connection-timeout}), or it is a 408; and a body over
 * {@code atlas.request.max-body-bytes} is not kept (RequestLimitsFilter answers 413): up to
 * {@code atlas.request.max-discard-bytes} it is read and dropped within the same time, so that the client, done
 * sending, reads its 413 instead of a reset. A slow body and a bigger one close the connection after the answer,
 * without Tomcat draining the rest, which would block the worker again. What was read goes on as the request
 * attribute {@link #BODY}, which {@link RequestLimitsFilter} hands to the app.
 */
final class RequestBodyValve extends ValveBase {

	/** The request attribute with the body read, up to the limit plus one byte. */
	static final String BODY = RequestBodyValve.class.getName() + ".body";

	private static final Log logger = LogFactory.getLog(RequestBodyValve.class);

	private final int maxBody;

	private final Duration maxTime;

	private final long maxDiscard;

	RequestBodyValve(RequestProperties limits) {
		super(true);
		this.maxBody = limits.maxBodyBytes();
		this.maxTime = limits.maxBodyTime();
		this.maxDiscard = limits.maxDiscardBytes();
	}

	/** Whether the request declares a body: a length above zero, or chunks. */
	static boolean declaresBody(HttpServletRequest request) {
		return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		if (!declaresBody(request)) {
			getNext().invoke(request, response);
			return;
		}
		long length = request.getContentLengthLong();
		if (length > this.maxBody) {
			// a client still sending when the connection closes gets a reset, not the 413: read and drop a body of
			// moderate size that arrives in time first, as Tomcat does up to its maxSwallowSize
			if (length > this.maxDiscard || !discard(request)) {
				closeAfterAnswer(request);
			}
			getNext().invoke(request, response);
			return;
		}
		byte[] body = read(request);
		if (body == null) {
			closeAfterAnswer(request);
			logger.info("408 for " + request.getMethod() + " " + LogText.of(request.getRequestURI())
					+ ": its body did not arrive within " + this.maxTime.toMillis() + " ms");
			response.sendError(HttpServletResponse.SC_REQUEST_TIMEOUT);
			return;
		}
		if (body.length > this.maxBody) {
			closeAfterAnswer(request);
		}
		request.setAttribute(BODY, body);
		getNext().invoke(request, response);
	}

	/** Up to the limit plus one byte of the body; {@code null} if it did not arrive in time. */
	private byte @Nullable [] read(Request request) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		return copyInTime(request, body, this.maxBody + 1L) ? body.toByteArray() : null;
	}

	/** Whether the whole body arrived in time, read and dropped. */
	private boolean discard(Request request) {
		return copyInTime(request, OutputStream.nullOutputStream(), Long.MAX_VALUE);
	}

	/** Copies the body, up to {@code limit} bytes, to {@code sink}; whether it came within the body's time. */
	private boolean copyInTime(Request request, OutputStream sink, long limit) {
		long deadline = System.nanoTime() + this.maxTime.toNanos();
		byte[] buffer = new byte[4096];
		long copied = 0;
		try {
			InputStream in = request.getInputStream();
			while (copied < limit) {
				int read = in.read(buffer, 0, (int) Math.min(buffer.length, limit - copied));
				if (read < 0) {
					break;
				}
				sink.write(buffer, 0, read);
				copied += read;
				if (System.nanoTime() - deadline > 0) {
					return false;
				}
			}
		}
		catch (IOException ex) {
			// Tomcat's wait for the next bytes ran out, or the client went away
			return false;
		}
		return true;
	}

	/** The connection closes once this request is answered, and the rest of its body is never read. */
	private static void closeAfterAnswer(Request request) {
		request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
	}

}
