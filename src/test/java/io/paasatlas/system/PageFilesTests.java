package io.paasatlas.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Page files are written once per entity tag, kept within their byte budget, and a file put out stays a minute
 * for a request that may have handed its name to Tomcat just before, unless files put out exceed the budget too.
 */
class PageFilesTests {

	@TempDir
	Path temp;

	final AtomicLong now = new AtomicLong();

	final AtomicInteger writes = new AtomicInteger();

	@Test
	void writesABodyOnceThenNamesItsFile() throws IOException {
		PageFiles files = files(1000);
		String first = files.file("\"a\"", () -> body(100, 'a'));
		String again = files.file("\"a\"", () -> body(100, 'x'));
		assertThat(again).isEqualTo(first);
		assertThat(this.writes).hasValue(1);
		assertThat(Files.readAllBytes(Path.of(first))).isEqualTo(body(100, 'a'));
		assertThat(files.file("\"a-gzip\"", () -> body(10, 'g'))).isNotEqualTo(first);
	}

	@Test
	void keepsWithinItsBudgetAndDeletesWhatItPutOutAMinuteLater() {
		PageFiles files = files(250);
		Path a = Path.of(files.file("a", () -> body(100, 'a')));
		Path b = Path.of(files.file("b", () -> body(100, 'b')));
		files.file("a", () -> body(100, 'a')); // a used last: b goes out first
		Path c = Path.of(files.file("c", () -> body(100, 'c')));
		assertThat(files.size()).isEqualTo(2);
		assertThat(files.bytes()).isEqualTo(200);
		assertThat(b).exists(); // put out, but a request may just have handed it to Tomcat
		this.now.addAndGet(PageFiles.GRACE_NANOS - 1);
		files.file("a", () -> body(100, 'a'));
		assertThat(b).exists();
		this.now.incrementAndGet();
		files.file("a", () -> body(100, 'a'));
		assertThat(b).doesNotExist();
		assertThat(a).exists();
		assertThat(c).exists();
		assertThat(files.file("b", () -> body(100, 'b'))).isNotEqualTo(b.toString());
	}

	@Test
	void filesPutOutTakeAtMostTheBudgetAgainUnderAFlood() throws IOException {
		PageFiles files = files(300);
		for (int i = 0; i < 50; i++) {
			files.file("page-" + i, () -> body(100, 'f'));
		}
		long onDisk;
		try (var paths = Files.list(this.temp.toFile().listFiles()[0].toPath())) {
			onDisk = paths.mapToLong((path) -> path.toFile().length()).sum();
		}
		assertThat(files.bytes()).isEqualTo(300);
		assertThat(onDisk).isLessThanOrEqualTo(600);
	}

	@Test
	void aBodyBiggerThanTheBudgetIsNotWritten() {
		PageFiles files = files(100);
		assertThat(files.file("big", () -> body(101, 'b'))).isNull();
		assertThat(files.size()).isZero();
	}

	@Test
	void aFileDeletedBehindItsBackIsWrittenAgain() throws IOException {
		PageFiles files = files(1000);
		Path first = Path.of(files.file("a", () -> body(100, 'a')));
		Files.delete(first);
		Path second = Path.of(files.file("a", () -> body(100, 'a')));
		assertThat(second).exists();
		assertThat(files.bytes()).isEqualTo(100);
		assertThat(this.writes).hasValue(2);
	}

	@Test
	void withoutADirectoryThereAreNoFiles() {
		AtomicInteger tries = new AtomicInteger();
		PageFiles files = new PageFiles(1000, () -> {
			tries.incrementAndGet();
			throw new IOException("read-only file system");
		}, this.now::get);
		assertThat(files.file("a", () -> body(100, 'a'))).isNull();
		assertThat(files.file("a", () -> body(100, 'a'))).isNull();
		assertThat(tries).hasValue(1);
	}

	@Test
	void aFailedWriteLeavesNoFileAndStopsWriting() throws IOException {
		PageFiles files = files(1000);
		Path a = Path.of(files.file("a", () -> body(100, 'a')));
		Path dir = a.getParent();
		Files.delete(a);
		Files.delete(dir); // every write fails from here on
		assertThat(files.file("b", () -> body(100, 'b'))).isNull();
		assertThat(files.file("c", () -> body(100, 'c'))).isNull();
		assertThat(this.writes).hasValue(2); // c was not even asked for its body
		assertThat(dir).doesNotExist();
	}

	@Test
	void deletesEverythingWhenTheAppStops() {
		PageFiles files = files(1000);
		Path a = Path.of(files.file("a", () -> body(100, 'a')));
		files.deleteAll();
		assertThat(a).doesNotExist();
		assertThat(a.getParent()).doesNotExist();
		assertThat(files.file("b", () -> body(100, 'b'))).isNull();
	}

	private PageFiles files(long budget) {
		return new PageFiles(budget, () -> Files.createTempDirectory(this.temp, "pages-"), this.now::get);
	}

	private byte[] body(int length, char fill) {
		this.writes.incrementAndGet();
		byte[] body = new byte[length];
		java.util.Arrays.fill(body, (byte) fill);
		return body;
	}

}
