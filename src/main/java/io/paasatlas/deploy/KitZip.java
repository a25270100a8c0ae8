package io.paasatlas.deploy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.time.ZoneOffset;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** A kit as a zip: its files under one folder named after the app, dated the day the kit was made. */
final class KitZip {

	private KitZip() {
	}

	static byte[] bytes(Kit kit, java.time.LocalDate today) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		FileTime time = FileTime.from(today.atStartOfDay().toInstant(ZoneOffset.UTC));
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			for (KitFile file : kit.files()) {
				ZipEntry entry = new ZipEntry(kit.deployment().name() + "/" + file.path());
				entry.setLastModifiedTime(time);
				zip.putNextEntry(entry);
				zip.write(file.content().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

}
