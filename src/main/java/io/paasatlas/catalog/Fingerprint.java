package io.paasatlas.catalog;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * A 64-bit fingerprint of content: its CRC-32 and CRC-32C, as 16 hex digits. A version tag for the catalog's own
 * data (a seeded document's; whether the profile files are those compiled at build time), not a defence against
 * forgery: never for content a request can shape, such as a rendered page. Both checksums run on the processor's
 * own instructions even on the image's C1-only JIT, where SHA-256 ran as plain Java at ~14 µs a kB.
 */
public final class Fingerprint {

	private Fingerprint() {
	}

	public static String of(byte[] content) {
		return of(List.of(content));
	}

	/** The fingerprint of the parts one after the other: that of their concatenation. */
	public static String of(Iterable<byte[]> parts) {
		CRC32 crc32 = new CRC32();
		CRC32C crc32c = new CRC32C();
		for (byte[] part : parts) {
			crc32.update(part);
			crc32c.update(part);
		}
		return HexFormat.of().toHexDigits((int) crc32.getValue()) + HexFormat.of().toHexDigits((int) crc32c.getValue());
	}

	public static String of(String text) {
		return of(text.getBytes(StandardCharsets.UTF_8));
	}

}
