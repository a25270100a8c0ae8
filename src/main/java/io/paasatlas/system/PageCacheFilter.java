package io.paasatlas.system;

import java.io.IOException;
import java.util.Collections;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves pages from a {@link PageCache}: a repeated GET costs a map lookup, a revalidation with a matching
 * {@code If-None-Match} is a 304, and a client that accepts gzip gets the bytes compressed once. Only successful
 * GETs of pages and data are cached; errors, health checks and anything that sets a cookie are not.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class PageCacheFilter extends OncePerRequestFilter {

	static final String CACHE_CONTROL = "public, max-age=300";

	private static final int MAX_BODY = 2 * 1024 * 1024;

	private final PageCache cache;

	private final boolean enabled;

	PageCacheFilter(@Value("${atlas.page-cache.enabled:true}") boolean enabled,
			@Value("${atlas.page-cache.max-entries:4000}") int maxEntries,
			@Value("${atlas.page-cache.max-megabytes:64}") int maxMegabytes) {
		this.enabled = enabled;
		this.cache = new PageCache(maxEntries, maxMegabytes * 1024L * 1024L);
	}

	PageCache cache() {
		return this.cache;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		return !this.enabled || !"GET".equals(request.getMethod()) || path.startsWith("/actuator")
				|| path.startsWith("/css/") || path.startsWith("/favicon");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = PageCache.key(request.getRequestURI(), request.getQueryString());
		PageCache.Page page = this.cache.get(key);
		if (page != null) {
			write(page, request, response);
			return;
		}
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, wrapper);
		byte[] body = wrapper.getContentAsByteArray();
		String contentType = wrapper.getContentType();
		if (wrapper.getStatus() == HttpServletResponse.SC_OK && PageCache.isTextual(contentType)
				&& body.length <= MAX_BODY && !wrapper.getHeaderNames().contains("Set-Cookie")
				&& wrapper.getHeader("Content-Encoding") == null) {
			page = PageCache.Page.of(body, contentType);
			this.cache.put(key, page);
			wrapper.resetBuffer();
			write(page, request, wrapper);
		}
		wrapper.copyBodyToResponse();
	}

	private static void write(PageCache.Page page, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		response.setHeader("ETag", page.etag());
		response.setHeader("Cache-Control", CACHE_CONTROL);
		response.setHeader("Vary", "Accept-Encoding");
		if (matches(request.getHeader("If-None-Match"), page.etag())) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType(page.contentType());
		byte[] bytes = page.body();
		if (acceptsGzip(request)) {
			response.setHeader("Content-Encoding", "gzip");
			bytes = page.gzipped();
		}
		response.setContentLength(bytes.length);
		response.getOutputStream().write(bytes);
	}

	private static boolean matches(@Nullable String ifNoneMatch, String etag) {
		if (ifNoneMatch == null) {
			return false;
		}
		for (String candidate : ifNoneMatch.split(",")) {
			String tag = candidate.strip();
			if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
				return true;
			}
		}
		return false;
	}

	private static boolean acceptsGzip(HttpServletRequest request) {
		for (String value : Collections.list(request.getHeaders("Accept-Encoding"))) {
			for (String coding : value.split(",")) {
				String[] parts = coding.strip().split(";");
				if (parts[0].strip().equalsIgnoreCase("gzip")
						&& !(parts.length > 1 && parts[1].replace(" ", "").equalsIgnoreCase("q=0"))) {
					return true;
				}
			}
		}
		return false;
	}

}
