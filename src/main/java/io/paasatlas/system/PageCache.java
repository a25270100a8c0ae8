package io.paasatlas.system;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.apache.tomcat.util.http.parser.MediaType;
import org.jspecify.annotations.Nullable;

/**
 * Rendered answers by request URI and query. Every page is a function of the catalog, which is fixed from start-up,
 * and of the query string, so an answer once rendered stays right until the app restarts.
 * <p>
 * Bounded by the bytes its entries really occupy ({@link #sizeOf}: body, key, headers and the objects around
 * them), a budget taken from the heap the JVM runs in; least recently used out first. What costs more than it saves
 * is never kept: an answer bigger than a sixteenth of the budget, and an answer to a URL asked for the first time (a
 * one-off URL such as {@code ?bust=123} would only push out pages that are asked for again; a URL is kept from its
 * second request on). A page is kept gzipped, a sixth of its size; its plain body is kept beside it only once a
 * client that does not take gzip asks for it ({@link #keepPlain}): inflating it on every such request cost more
 * than serving it (bench/all.sh).
 */
final class PageCache {

	/** The objects around an entry besides its arrays and strings: map entry and slot, {@link Page}, header list. */
	static final int ENTRY_OVERHEAD = 128;

	/** How long a browser or proxy may reuse a cached page without asking again. */
	static final String CACHE_CONTROL = "public, max-age=300";

	/** A {@link Header} record and its slot in the list. */
	static final int HEADER_OVERHEAD = 24;

	/** Slots of the first-request filter: URLs seen once, by hash; a colliding URL only gets in a request early. */
	private static final int SEEN_SLOTS = 4096;

	private final long maxBytes;

	private long bytes;

	private final LinkedHashMap<String, Page> pages = new LinkedHashMap<>(256, 0.75f, true);

	private final long[] seen = new long[SEEN_SLOTS];

	PageCache(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	/** The budget for a heap of {@code maxHeap} bytes: {@code percent} of it. */
	static long budget(long maxHeap, int percent) {
		return maxHeap / 100 * percent;
	}

	long maxBytes() {
		return this.maxBytes;
	}

	synchronized @Nullable Page get(String key) {
		return this.pages.get(key);
	}

	/**
	 * Keeps the page if it is worth it: small enough, and its URL asked for before. The same page kept already stays
	 * as it is (with its plain body, if it has it).
	 * @return whether it is kept
	 */
	synchronized boolean offer(String key, Page page) {
		Page kept = this.pages.get(key);
		if (kept != null && kept.etag().equals(page.etag())) {
			return true;
		}
		long size = sizeOf(key, page);
		if (size > this.maxBytes / 16 || !seenBefore(key)) {
			return false;
		}
		store(key, page, size);
		return true;
	}

	/** Puts the page, which is {@code size} bytes, then drops the least recently used pages beyond the budget. */
	private void store(String key, Page page, long size) {
		Page previous = this.pages.put(key, page);
		if (previous != null) {
			this.bytes -= sizeOf(key, previous);
		}
		this.bytes += size;
		var iterator = this.pages.entrySet().iterator();
		while (this.bytes > this.maxBytes && iterator.hasNext()) {
			Map.Entry<String, Page> eldest = iterator.next();
			this.bytes -= sizeOf(eldest.getKey(), eldest.getValue());
			iterator.remove();
		}
	}

	/**
	 * Keeps {@code page} with its plain body from now on, if {@code page} is still the one kept under {@code key} and
	 * both bodies together stay within a sixteenth of the budget.
	 */
	synchronized void keepPlain(String key, Page page, byte[] plain) {
		if (this.pages.get(key) != page || page.plain() != null) {
			return;
		}
		Page both = page.withPlain(plain);
		long size = sizeOf(key, both);
		if (size > this.maxBytes / 16) {
			return;
		}
		store(key, both, size);
	}

	/** Records the key; true if it was recorded already. */
	private boolean seenBefore(String key) {
		long hash = (key.hashCode() * 0x9E3779B97F4A7C15L) ^ ((long) key.length() << 32) | 1L;
		int slot = (int) ((hash >>> 40) % SEEN_SLOTS);
		if (this.seen[slot] == hash) {
			return true;
		}
		this.seen[slot] = hash;
		return false;
	}

	synchronized int size() {
		return this.pages.size();
	}

	/** The bytes the entries occupy, by {@link #sizeOf}. */
	synchronized long bytes() {
		return this.bytes;
	}

	/** The heap an entry occupies: its arrays and strings as the JVM lays them out, plus the objects around them. */
	static long sizeOf(String key, Page page) {
		long size = ENTRY_OVERHEAD + sizeOf(key) + sizeOf(page.gzipped())
				+ sizeOf(page.contentType()) + sizeOf(page.etag()) + sizeOf(page.gzipEtag());
		byte[] plain = page.plain();
		if (plain != null) {
			size += sizeOf(plain);
		}
		for (Header header : page.headers()) {
			size += HEADER_OVERHEAD + sizeOf(header.name()) + sizeOf(header.value());
		}
		return size + page.encoded().heapBytes();
	}

	private static long sizeOf(byte[] array) {
		return align(16L + array.length);
	}

	/** A string object and its byte array: one byte a character if all are Latin-1, two otherwise. */
	private static long sizeOf(String text) {
		int width = 1;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) > 0xff) {
				width = 2;
				break;
			}
		}
		return 24 + align(16L + (long) width * text.length());
	}

	private static long align(long size) {
		return (size + 7) & ~7L;
	}

	/** A header a page was answered with, besides those the cache itself sets. */
	record Header(String name, String value) {
	}

	/**
	 * A page's answer headers encoded once ({@link Page#encoded}), and its content headers ({@link Page#content}),
	 * null where only Tomcat can write them.
	 */
	record Encoded(EncodedHeaders plain, EncodedHeaders gzip, @Nullable EncodedHeaders content) {

		long heapBytes() {
			return this.plain.heapBytes() + this.gzip.heapBytes()
					+ ((this.content != null) ? this.content.heapBytes() : 0);
		}

	}

	/**
	 * An answer: its body gzipped and the plain body's length, an entity tag for each of the two representations,
	 * the headers it was first answered with, and the plain body once a client asked for it.
	 */
	record Page(byte[] gzipped, int length, String contentType, @Nullable Locale locale, List<Header> headers,
			String etag, String gzipEtag, byte @Nullable [] plain, Encoded encoded) {

		static Page of(byte[] body, String contentType, @Nullable Locale locale, List<Header> headers) {
			String tag = tag(body);
			// a representation of its own (RFC 9110, 8.8.3): never the plain body's tag on the gzipped one
			String etag = "\"" + tag + "\"";
			String gzipEtag = "\"" + tag + "-gzip\"";
			List<Header> own = List.copyOf(headers);
			List<Header> content = contentHeaders(contentType, locale);
			return new Page(gzip(body), body.length, contentType, locale, own, etag, gzipEtag, null,
					new Encoded(EncodedHeaders.of(answerHeaders(own, etag)),
							EncodedHeaders.of(answerHeaders(own, gzipEtag)),
							(content != null) ? EncodedHeaders.of(content) : null));
		}

		/**
		 * {@code Content-Type} and {@code Content-Language} as Tomcat writes them for a response given this type and
		 * locale: a type with a charset rewritten as {@code type;charset=name}, one without kept as given, the
		 * locale's language tag. Null where Tomcat would add what only it knows: the charset its locale mapping gives
		 * a type without one.
		 */
		static @Nullable List<Header> contentHeaders(String contentType, @Nullable Locale locale) {
			MediaType type;
			try {
				type = MediaType.parseMediaType(new StringReader(contentType));
			}
			catch (IOException ex) {
				type = null;
			}
			String charset = (type != null) ? type.getCharset() : null;
			if (charset == null && locale != null) {
				return null;
			}
			String sent = (type != null && charset != null) ? type.toStringNoCharset() + ";charset=" + charset
					: contentType;
			List<Header> content = new ArrayList<>();
			content.add(new Header("Content-Type", sent));
			if (locale != null) {
				content.add(new Header("Content-Language", locale.toLanguageTag()));
			}
			return content;
		}

		Page withPlain(byte[] body) {
			return new Page(this.gzipped, this.length, this.contentType, this.locale, this.headers, this.etag,
					this.gzipEtag, body, this.encoded);
		}

		/** The headers an answer of the representation tagged {@code etag} sets, after the page's own ones. */
		static List<Header> tagHeaders(String etag) {
			return List.of(new Header("ETag", etag), new Header("Cache-Control", CACHE_CONTROL),
					new Header("Vary", "Accept-Encoding"));
		}

		private static List<Header> answerHeaders(List<Header> own, String etag) {
			List<Header> all = new ArrayList<>(own);
			all.addAll(tagHeaders(etag));
			return all;
		}

		/** The page's own headers then {@link #tagHeaders}, encoded, for the plain and the gzipped answer. */
		EncodedHeaders encoded(boolean gzip) {
			return gzip ? this.encoded.gzip() : this.encoded.plain();
		}

		/** The content headers of a 200 ({@link #contentHeaders}), encoded; null if Tomcat has to write them. */
		@Nullable EncodedHeaders content() {
			return this.encoded.content();
		}

		/** The plain body, inflated. */
		byte[] inflate() {
			try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(this.gzipped), 8192)) {
				return in.readAllBytes();
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}

		private static byte[] gzip(byte[] body) {
			ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
			try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
				gzip.write(body);
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
			return out.toByteArray();
		}

		/**
		 * SHA-256, not {@code catalog.Fingerprint}: a page may echo what a request sent (a search), CRCs can be
		 * forged by choosing those bytes, and the tag also names the page's file for sendfile ({@link PageFiles}),
		 * shared by every URL whose page has that tag.
		 */
		private static String tag(byte[] body) {
			try {
				byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
				return HexFormat.of().formatHex(digest, 0, 16);
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

	static String key(String uri, @Nullable String query) {
		return (query == null) ? uri : uri + "?" + query;
	}

	static boolean isTextual(@Nullable String contentType) {
		if (contentType == null) {
			return false;
		}
		String type = contentType.toLowerCase(Locale.ROOT);
		return type.startsWith("text/html") || type.startsWith("application/json") || type.startsWith("text/csv")
				|| type.startsWith("application/problem+json") || type.startsWith("image/svg+xml");
	}

}
