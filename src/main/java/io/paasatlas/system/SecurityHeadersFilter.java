package io.paasatlas.system;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on every response. The pages need no script at all, so the policy allows none; styles come
 * only from our stylesheet. HSTS is sent when the request reached Fly's proxy over HTTPS.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityHeadersFilter extends OncePerRequestFilter {

	static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'none'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; "
			+ "frame-ancestors 'none'; object-src 'none'";

	static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
			+ "magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		addTo(request, response);
		chain.doFilter(request, response);
	}

	/** The headers every answer carries, in the order they are set. */
	static final List<PageCache.Header> HEADERS = List.of(
			new PageCache.Header("Content-Security-Policy", CONTENT_SECURITY_POLICY),
			new PageCache.Header("X-Content-Type-Options", "nosniff"),
			new PageCache.Header("Referrer-Policy", "strict-origin-when-cross-origin"),
			new PageCache.Header("X-Frame-Options", "DENY"),
			new PageCache.Header("Permissions-Policy", PERMISSIONS_POLICY),
			new PageCache.Header("Cross-Origin-Opener-Policy", "same-origin"));

	/** Sent after {@link #HEADERS} to a client that came over HTTPS ({@link #overHttps}). */
	static final PageCache.Header STRICT_TRANSPORT_SECURITY = new PageCache.Header("Strict-Transport-Security",
			"max-age=31536000; includeSubDomains");

	/** The headers, also for the answers Tomcat gives before this filter runs ({@link ContainerErrorValve}). */
	static void addTo(HttpServletRequest request, HttpServletResponse response) {
		for (PageCache.Header header : HEADERS) {
			response.setHeader(header.name(), header.value());
		}
		if (overHttps(request)) {
			response.setHeader(STRICT_TRANSPORT_SECURITY.name(), STRICT_TRANSPORT_SECURITY.value());
		}
	}

	static boolean overHttps(HttpServletRequest request) {
		return request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		// error pages rendered on the ERROR dispatch keep the headers set on the way in
		return true;
	}

}
