package io.paasatlas.system;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.tomcat.util.buf.MessageBytes;
import org.apache.tomcat.util.http.MimeHeaders;

/**
 * Response headers encoded once, as Tomcat would send them: a header set as a string is encoded at every answer
 * with a new {@code CharsetEncoder}, which was a third of a cached answer's time under load (JFR, C1-compiled;
 * the security policy alone is 200 characters). Added as bytes, Tomcat copies them as they are.
 */
final class EncodedHeaders {

	private final byte[][] names;

	private final byte[][] values;

	private EncodedHeaders(List<PageCache.Header> headers) {
		this.names = new byte[headers.size()][];
		this.values = new byte[headers.size()][];
		for (int i = 0; i < this.names.length; i++) {
			this.names[i] = encode(headers.get(i).name());
			this.values[i] = encode(headers.get(i).value());
		}
	}

	static EncodedHeaders of(List<PageCache.Header> headers) {
		return new EncodedHeaders(headers);
	}

	/** Appends the headers, in order, to those Tomcat will send. */
	void addTo(MimeHeaders headers) {
		for (int i = 0; i < this.names.length; i++) {
			MessageBytes value = headers.addValue(this.names[i], 0, this.names[i].length);
			value.setBytes(this.values[i], 0, this.values[i].length);
		}
	}

	/** The heap this object and its arrays occupy, for the page cache's budget. */
	long heapBytes() {
		long bytes = 24 + 2 * array(this.names.length * 4L);
		for (int i = 0; i < this.names.length; i++) {
			bytes += array(this.names[i].length) + array(this.values[i].length);
		}
		return bytes;
	}

	private static long array(long contentBytes) {
		return (16 + contentBytes + 7) & ~7L;
	}

	/**
	 * ISO-8859-1 with control characters other than TAB made spaces: what Tomcat's {@code Http11OutputBuffer} does
	 * to a header it encodes itself.
	 */
	static byte[] encode(String text) {
		byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
		for (int i = 0; i < bytes.length; i++) {
			if ((bytes[i] >= 0 && bytes[i] <= 31 && bytes[i] != '\t') || bytes[i] == 127) {
				bytes[i] = ' ';
			}
		}
		return bytes;
	}

}
