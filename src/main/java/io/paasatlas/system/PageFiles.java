package io.paasatlas.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * Big cached bodies as files, for Tomcat's sendfile: the kernel copies a file to the socket in one call and the
 * worker is free at once, where a body written from the heap goes out through Tomcat's 8 kB buffer, a system call
 * each (a 97 kB provider page, plain: 8,400 → 13,500 req/s, bench/all.sh).
 * <p>
 * One file per entity tag, written once under a name of its own and never rewritten. Bounded by a byte budget,
 * least recently used out first; a file put out is deleted a minute later, not at once, because a request may have
 * just handed its name to Tomcat, which opens it after the app is done with the request. Files put out take at most
 * the budget again: beyond it (a flood of distinct big pages) the oldest go at once, at the risk of a connection
 * closed for a page put out in the same instant. So the disk holds at most twice the budget. Without a writable
 * temporary directory there are no files and bodies are written as before.
 */
final class PageFiles {

	private static final Log logger = LogFactory.getLog(PageFiles.class);

	/** How long a file put out stays on disk: far longer than a request takes from the valve to Tomcat's open. */
	static final long GRACE_NANOS = TimeUnit.MINUTES.toNanos(1);

	private final long maxBytes;

	private final Callable<Path> directory;

	private final LongSupplier clock;

	private final LinkedHashMap<String, Stored> files = new LinkedHashMap<>(64, 0.75f, true);

	private final Deque<Retired> retired = new ArrayDeque<>();

	private long bytes;

	private long retiredBytes;

	private @Nullable Path dir;

	private boolean unavailable;

	/**
	 * @param maxBytes the bytes the files may take on disk
	 * @param directory creates the directory the files go to, at the first file
	 * @param clock {@link System#nanoTime}, or a test's
	 */
	PageFiles(long maxBytes, Callable<Path> directory, LongSupplier clock) {
		this.maxBytes = maxBytes;
		this.directory = directory;
		this.clock = clock;
	}

	/** Files in a new directory under {@code java.io.tmpdir}. */
	static PageFiles inTemporaryDirectory(long maxBytes) {
		return new PageFiles(maxBytes, () -> Files.createTempDirectory("paas-atlas-pages-"), System::nanoTime);
	}

	/**
	 * The file that holds the representation tagged {@code tag}, written from {@code body} if there is none yet.
	 * @return its path, or {@code null} when it cannot be written (the caller writes the body itself)
	 */
	synchronized @Nullable String file(String tag, Supplier<byte[]> body) {
		deleteRetired();
		Stored stored = this.files.get(tag);
		if (stored != null && Files.isRegularFile(stored.path())) {
			return stored.path().toString();
		}
		if (stored != null) {
			// removed behind the app's back (a cleaner of the temporary directory): written again below
			this.files.remove(tag);
			this.bytes -= stored.size();
		}
		Path dir = directory();
		if (dir == null || this.unavailable) {
			return null;
		}
		byte[] content = body.get();
		if (content.length > this.maxBytes) {
			return null;
		}
		Path path = null;
		try {
			path = Files.createTempFile(dir, "page-", ".body");
			Files.write(path, content);
		}
		catch (IOException ex) {
			// a full disk, say: no more files (one log line, not one a request), bodies written from the heap
			if (path != null) {
				delete(path);
			}
			this.unavailable = true;
			logger.warn("Could not write a page's body to " + dir + " (" + ex.getMessage()
					+ "): big pages are written from the heap from now on");
			return null;
		}
		this.files.put(tag, new Stored(path, content.length));
		this.bytes += content.length;
		putOutBeyondBudget();
		return path.toString();
	}

	private void putOutBeyondBudget() {
		var eldest = this.files.entrySet().iterator();
		while (this.bytes > this.maxBytes && eldest.hasNext()) {
			Map.Entry<String, Stored> entry = eldest.next();
			this.bytes -= entry.getValue().size();
			this.retired.add(new Retired(entry.getValue().path(), entry.getValue().size(), this.clock.getAsLong()));
			this.retiredBytes += entry.getValue().size();
			eldest.remove();
		}
		deleteRetired();
	}

	private void deleteRetired() {
		long now = this.clock.getAsLong();
		while (!this.retired.isEmpty()
				&& (now - this.retired.peek().since() >= GRACE_NANOS || this.retiredBytes > this.maxBytes)) {
			Retired oldest = this.retired.poll();
			this.retiredBytes -= oldest.size();
			delete(oldest.path());
		}
	}

	private @Nullable Path directory() {
		if (this.dir == null && !this.unavailable) {
			try {
				this.dir = this.directory.call();
			}
			catch (Exception ex) {
				this.unavailable = true;
				logger.warn("No directory for page files (" + ex.getMessage() + "): big pages are written from the heap");
			}
		}
		return this.dir;
	}

	synchronized int size() {
		return this.files.size();
	}

	synchronized long bytes() {
		return this.bytes;
	}

	/** Deletes every file and the directory: the app is stopping. */
	synchronized void deleteAll() {
		this.files.clear();
		this.retired.clear();
		this.bytes = 0;
		this.retiredBytes = 0;
		this.unavailable = true;
		if (this.dir == null) {
			return;
		}
		try (Stream<Path> paths = Files.walk(this.dir)) {
			paths.sorted(Comparator.reverseOrder()).forEach(PageFiles::delete);
		}
		catch (IOException | UncheckedIOException ex) {
			logger.warn("Could not delete " + this.dir + ": " + ex.getMessage());
		}
		this.dir = null;
	}

	private static void delete(Path path) {
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException ex) {
			logger.warn("Could not delete " + path + ": " + ex.getMessage());
		}
	}

	private record Stored(Path path, long size) {
	}

	private record Retired(Path path, long size, long since) {
	}

}
