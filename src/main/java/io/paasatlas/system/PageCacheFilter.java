package io.paasatlas.system;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.Globals;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.tomcat.util.http.MimeHeaders;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves pages from a {@link PageCache}: a repeated GET or HEAD costs a map lookup, a revalidation with a matching
 * {@code If-None-Match} is a 304, and a client that accepts gzip gets the bytes compressed once. Every successful
 * GET of a page or of data gets an entity tag, cached or not, and a cached answer carries the headers the fresh one
 * had (type with charset, language, {@code Content-Disposition}). A big cached body goes out by sendfile from a
 * file ({@link PageFiles}). Errors, health checks and anything that sets a cookie are not cached.
 * <p>
 * A page is rendered once at a time: a request for a URL whose rendering is under way waits for it and answers with
 * its page. Without that, every connection asking for a page not yet cached renders it, each as slowly as the first
 * rendering of code not yet compiled, in the seconds after a start (bench/all.sh).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class PageCacheFilter extends OncePerRequestFilter {

	private static final Log logger = LogFactory.getLog(PageCacheFilter.class);

	private static final int MAX_BODY = 2 * 1024 * 1024;

	/** Headers this filter decides itself, or that Tomcat keeps apart from the others: never copied into a page. */
	private static final Set<String> OWN_HEADERS = Set.of("etag", "cache-control", "vary", "content-length",
			"content-type", "content-encoding", "content-language", "transfer-encoding", "date", "set-cookie");

	/** {@link #acceptable} by {@code Accept} header and type: browsers send a handful of distinct ones. */
	private static final Map<String, Boolean> ACCEPTS = new ConcurrentHashMap<>();

	private static final EncodedHeaders SECURITY_HEADERS = EncodedHeaders.of(SecurityHeadersFilter.HEADERS);

	private static final EncodedHeaders STRICT_TRANSPORT_SECURITY = EncodedHeaders
		.of(List.of(SecurityHeadersFilter.STRICT_TRANSPORT_SECURITY));

	private static final EncodedHeaders GZIP_ENCODING = EncodedHeaders
		.of(List.of(new PageCache.Header("Content-Encoding", "gzip")));

	/** How long a request waits for another's rendering of its page before it renders the page itself. */
	private static final long WAIT_MILLIS = 5_000;

	private final PageCache cache;

	/** Renderings under way, by key; each completes with its page, or null if the answer is not one to share. */
	private final Map<String, CompletableFuture<PageCache.@Nullable Page>> renderings = new ConcurrentHashMap<>();

	private final boolean enabled;

	private final PageFiles files;

	private final long sendfileFrom;

	PageCacheFilter(@Value("${atlas.page-cache.enabled:true}") boolean enabled,
			@Value("${atlas.page-cache.heap-percent:5}") int heapPercent,
			@Value("${atlas.page-cache.sendfile-from:64KB}") DataSize sendfileFrom,
			@Value("${atlas.page-cache.file-budget:32MB}") DataSize fileBudget) {
		this.enabled = enabled;
		long maxHeap = Runtime.getRuntime().maxMemory();
		this.cache = new PageCache(PageCache.budget(maxHeap, heapPercent));
		this.files = PageFiles.inTemporaryDirectory(fileBudget.toBytes());
		this.sendfileFrom = sendfileFrom.toBytes();
		if (enabled) {
			logger.info("Page cache: up to " + this.cache.maxBytes() / 1024 + " KB, " + heapPercent + "% of a "
					+ maxHeap / (1024 * 1024) + " MB heap");
		}
	}

	PageCache cache() {
		return this.cache;
	}

	PageFiles files() {
		return this.files;
	}

	@Override
	public void destroy() {
		this.files.deleteAll();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		String path = request.getRequestURI();
		return !this.enabled || !("GET".equals(method) || "HEAD".equals(method)) || path.startsWith("/actuator")
				|| path.startsWith("/css/") || path.startsWith("/favicon");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = PageCache.key(request.getRequestURI(), request.getQueryString());
		if (answerFromCache(key, request, response)) {
			return;
		}
		CompletableFuture<PageCache.@Nullable Page> rendering = new CompletableFuture<>();
		CompletableFuture<PageCache.@Nullable Page> earlier = this.renderings.putIfAbsent(key, rendering);
		if (earlier != null) {
			PageCache.Page page = awaited(earlier, request);
			if (page != null) {
				// a second request for the URL: the cache keeps the page from now on, as it would have after it
				this.cache.offer(key, page);
				answer(key, page, request, response);
			}
			else {
				render(key, request, response, chain, null);
			}
			return;
		}
		try {
			render(key, request, response, chain, rendering);
		}
		finally {
			this.renderings.remove(key, rendering);
			// if the rendering failed before it completed: those waiting render the page themselves
			rendering.complete(null);
		}
	}

	/**
	 * Renders the page, caches it if it is one to cache, completes {@code rendering} (if any) with it before the
	 * page goes out, then answers.
	 */
	private void render(String key, HttpServletRequest request, HttpServletResponse response, FilterChain chain,
			@Nullable CompletableFuture<PageCache.@Nullable Page> rendering) throws ServletException, IOException {
		Set<String> before = names(response.getHeaderNames());
		Recording recording = new Recording(response);
		// HEAD renders as GET, so that it is answered, tagged and cached like GET; Tomcat sends no body for HEAD
		chain.doFilter("HEAD".equals(request.getMethod()) ? new AsGet(request) : request, recording);
		byte[] body = recording.getContentAsByteArray();
		String contentType = recording.getContentType();
		if (recording.getStatus() != HttpServletResponse.SC_OK || contentType == null
				|| !PageCache.isTextual(contentType) || body.length > MAX_BODY
				|| recording.getHeader("Set-Cookie") != null || recording.getHeader("Content-Encoding") != null) {
			if (rendering != null) {
				rendering.complete(null);
			}
			recording.copyBodyToResponse();
			return;
		}
		PageCache.Page page = PageCache.Page.of(body, contentType, recording.locale(), added(recording, before));
		this.cache.offer(key, page);
		if (rendering != null) {
			rendering.complete(page);
		}
		// the headers are on the response already; the body goes out from here, not from the recording
		boolean gzip = AcceptEncoding.allowsGzip(request.getHeaders("Accept-Encoding"));
		write(page, gzip, gzip ? page.gzipped() : body, request, response);
	}

	/**
	 * Answers a GET or HEAD without a body from the cache, in front of the servlet and every filter
	 * ({@link CachedPageValve}): with the security headers the filters would have set, given to Tomcat as bytes
	 * encoded once ({@link EncodedHeaders}).
	 * @return whether it answered
	 */
	boolean answerBeforeFilters(Request request, Response response) throws IOException {
		if (shouldNotFilter(request) || RequestBodyValve.declaresBody(request)) {
			// a body, however small, goes through RequestLimitsFilter
			return false;
		}
		String key = PageCache.key(request.getRequestURI(), request.getQueryString());
		PageCache.Page cached = cached(key, request);
		if (cached == null) {
			return false;
		}
		boolean gzip = AcceptEncoding.allowsGzip(request.getHeaders("Accept-Encoding"));
		MimeHeaders headers = response.getCoyoteResponse().getMimeHeaders();
		SECURITY_HEADERS.addTo(headers);
		if (SecurityHeadersFilter.overHttps(request)) {
			STRICT_TRANSPORT_SECURITY.addTo(headers);
		}
		cached.encoded(gzip).addTo(headers);
		// type, language and encoding as bytes where the page has them, or as Tomcat writes them from strings
		EncodedHeaders content = cached.content();
		if (content == null) {
			contentHeaders(cached, response);
		}
		long length = gzip ? cached.gzipped().length : cached.length();
		if (!startAnswer(cached, gzip, content == null, length, request, response)) {
			return true;
		}
		if (content != null) {
			// only with a body, as Tomcat sends them; the encoding first, where the fresh answer has it
			if (gzip) {
				GZIP_ENCODING.addTo(headers);
			}
			content.addTo(headers);
		}
		String file = sendable(request, length) ? this.files.file(gzip ? cached.gzipEtag() : cached.etag(),
				() -> gzip ? cached.gzipped() : plain(cached)) : null;
		if (file == null) {
			response.getOutputStream().write(body(key, cached, gzip));
		}
		else {
			// Tomcat sends the file once the request is done here; it opens the file by name
			request.setAttribute(Globals.SENDFILE_FILENAME_ATTR, file);
			request.setAttribute(Globals.SENDFILE_FILE_START_ATTR, 0L);
			request.setAttribute(Globals.SENDFILE_FILE_END_ATTR, length);
		}
		return true;
	}

	/**
	 * Whether a body of {@code length} bytes goes out by sendfile ({@link PageFiles}): big enough for the file to
	 * pay, a GET (Tomcat would send the file even for HEAD), and a connector that can.
	 */
	private boolean sendable(Request request, long length) {
		return length >= this.sendfileFrom && "GET".equals(request.getMethod())
				&& Boolean.TRUE.equals(request.getAttribute(Globals.SENDFILE_SUPPORTED_ATTR));
	}

	/** The plain body, without keeping it in the heap when it was not kept yet: its file serves it from now on. */
	private static byte[] plain(PageCache.Page cached) {
		byte[] plain = cached.plain();
		return (plain != null) ? plain : cached.inflate();
	}

	private boolean answerFromCache(String key, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		PageCache.Page cached = cached(key, request);
		if (cached == null) {
			return false;
		}
		answer(key, cached, request, response);
		return true;
	}

	/** Answers with {@code page} as a cached page is answered: its headers, then a 304 or its body. */
	private void answer(String key, PageCache.Page page, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		contentHeaders(page, response);
		for (PageCache.Header header : page.headers()) {
			response.addHeader(header.name(), header.value());
		}
		boolean gzip = AcceptEncoding.allowsGzip(request.getHeaders("Accept-Encoding"));
		write(page, gzip, body(key, page, gzip), request, response);
	}

	/**
	 * The page of another request's rendering once it is done, if it is one to share and the client takes its type;
	 * null after {@link #WAIT_MILLIS} or if it is not.
	 */
	private static PageCache.@Nullable Page awaited(CompletableFuture<PageCache.@Nullable Page> rendering,
			HttpServletRequest request) {
		PageCache.Page page;
		try {
			page = rendering.get(WAIT_MILLIS, TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
		catch (ExecutionException | TimeoutException ex) {
			return null;
		}
		return (page != null && acceptable(request.getHeader("Accept"), page.contentType())) ? page : null;
	}

	/** The page cached under {@code key} if the client takes its type. */
	private PageCache.@Nullable Page cached(String key, HttpServletRequest request) {
		PageCache.Page cached = this.cache.get(key);
		return (cached == null || !acceptable(request.getHeader("Accept"), cached.contentType())) ? null : cached;
	}

	private byte[] body(String key, PageCache.Page cached, boolean gzip) {
		byte[] body = gzip ? cached.gzipped() : cached.plain();
		if (body == null) {
			// inflated once, then kept beside the gzipped body
			body = cached.inflate();
			this.cache.keepPlain(key, cached, body);
		}
		return body;
	}

	/** Type and language, which Tomcat sends only with a body (never with a 304). */
	private static void contentHeaders(PageCache.Page cached, HttpServletResponse response) {
		response.setContentType(cached.contentType());
		if (cached.locale() != null) {
			response.setLocale(cached.locale());
		}
	}

	/** Sets the page's tag headers, then {@link #finish}es. */
	private static void write(PageCache.Page page, boolean gzip, byte[] body, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		for (PageCache.Header header : PageCache.Page.tagHeaders(gzip ? page.gzipEtag() : page.etag())) {
			response.setHeader(header.name(), header.value());
		}
		finish(page, gzip, body, request, response);
	}

	/** A 304 if the client has this representation, else the page's {@code body}, gzipped or plain. */
	private static void finish(PageCache.Page page, boolean gzip, byte[] body, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		if (startAnswer(page, gzip, true, body.length, request, response)) {
			response.getOutputStream().write(body);
		}
	}

	/**
	 * A 304 if the client has this representation, else a 200's status, encoding (unless the caller adds it) and
	 * length.
	 * @return whether a body of {@code length} bytes is to follow
	 */
	private static boolean startAnswer(PageCache.Page page, boolean gzip, boolean encoding, long length,
			HttpServletRequest request, HttpServletResponse response) {
		if (matches(request.getHeader("If-None-Match"), gzip ? page.gzipEtag() : page.etag())) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return false;
		}
		response.setStatus(HttpServletResponse.SC_OK);
		if (gzip && encoding) {
			response.setHeader("Content-Encoding", "gzip");
		}
		response.setContentLengthLong(length);
		return true;
	}

	/**
	 * Whether the client takes the cached type; if not, the app answers as it would without the cache (the API, for
	 * one, says 406 to a client that takes HTML only).
	 */
	static boolean acceptable(@Nullable String accept, String contentType) {
		if (accept == null || accept.isBlank()) {
			return true;
		}
		String pair = accept + '\n' + contentType;
		Boolean known = ACCEPTS.get(pair);
		if (known == null) {
			if (ACCEPTS.size() >= 256) {
				// a client could send any number of distinct headers: remember a few
				ACCEPTS.clear();
			}
			known = parsesAsAcceptable(accept, contentType);
			ACCEPTS.put(pair, known);
		}
		return known;
	}

	private static boolean parsesAsAcceptable(String accept, String contentType) {
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			return MediaType.parseMediaTypes(accept).stream()
				.anyMatch((range) -> range.getQualityValue() > 0 && range.includes(type));
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	/** Weak comparison, as RFC 9110 asks for {@code If-None-Match}. */
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

	private static Set<String> names(Iterable<String> headers) {
		Set<String> names = new TreeSet<>();
		headers.forEach((name) -> names.add(name.toLowerCase(Locale.ROOT)));
		return names;
	}

	/** The headers the request's handling added, in the order they were set. */
	private static List<PageCache.Header> added(HttpServletResponse response, Set<String> before) {
		List<PageCache.Header> headers = new ArrayList<>();
		for (String name : response.getHeaderNames()) {
			String lower = name.toLowerCase(Locale.ROOT);
			if (!before.contains(lower) && !OWN_HEADERS.contains(lower)
					&& headers.stream().noneMatch((h) -> h.name().equalsIgnoreCase(name))) {
				response.getHeaders(name).forEach((value) -> headers.add(new PageCache.Header(name, value)));
			}
		}
		return headers;
	}

	/** Keeps the body and remembers the locale the view set, which Tomcat sends as {@code Content-Language}. */
	private static final class Recording extends ContentCachingResponseWrapper {

		private @Nullable Locale locale;

		Recording(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void setLocale(Locale locale) {
			this.locale = locale;
			super.setLocale(locale);
		}

		@Nullable Locale locale() {
			return this.locale;
		}

	}

	private static final class AsGet extends HttpServletRequestWrapper {

		AsGet(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getMethod() {
			return "GET";
		}

	}

}
