package io.paasatlas.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.jspecify.annotations.Nullable;

/**
 * Rendered responses by request URI and query. Every page is a function of the catalog, which is fixed from
 * start-up, and of the query string, so a response once rendered stays right until the app restarts. Bounded by
 * entries and bytes, least recently used first out, so random query strings cannot exhaust memory.
 */
final class PageCache {

	private final int maxEntries;

	private final long maxBytes;

	private long bytes;

	private final LinkedHashMap<String, Page> pages = new LinkedHashMap<>(256, 0.75f, true);

	PageCache(int maxEntries, long maxBytes) {
		this.maxEntries = maxEntries;
		this.maxBytes = maxBytes;
	}

	synchronized @Nullable Page get(String key) {
		return this.pages.get(key);
	}

	synchronized void put(String key, Page page) {
		Page previous = this.pages.put(key, page);
		if (previous != null) {
			this.bytes -= previous.size();
		}
		this.bytes += page.size();
		var iterator = this.pages.entrySet().iterator();
		while ((this.pages.size() > this.maxEntries || this.bytes > this.maxBytes) && iterator.hasNext()) {
			Map.Entry<String, Page> eldest = iterator.next();
			this.bytes -= eldest.getValue().size();
			iterator.remove();
		}
	}

	synchronized int size() {
		return this.pages.size();
	}

	/** A cached response: its body, the same body gzipped, its content type and entity tag. */
	record Page(byte[] body, byte[] gzipped, String contentType, String etag) {

		static Page of(byte[] body, String contentType) {
			return new Page(body, gzip(body), contentType, etag(body));
		}

		long size() {
			return this.body.length + this.gzipped.length + 128L;
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

		private static String etag(byte[] body) {
			try {
				byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
				return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
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
		String type = contentType.toLowerCase(java.util.Locale.ROOT);
		return type.startsWith("text/html") || type.startsWith("application/json") || type.startsWith("text/csv")
				|| type.startsWith("application/problem+json") || type.startsWith("image/svg+xml");
	}

	static String utf8(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}

}
