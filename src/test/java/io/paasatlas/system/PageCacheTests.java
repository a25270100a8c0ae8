package io.paasatlas.system;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.apache.catalina.connector.Response;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page cache keeps within a share of the heap, counting what its entries really occupy, and keeps only what is
 * worth keeping: a URL from its second request on, nothing bigger than a sixteenth of the budget, the body gzipped.
 */
class PageCacheTests {

	static final long MB = 1024 * 1024;

	@Test
	void theBudgetIsAShareOfTheHeapItRunsIn() {
		// the Dockerfile's -Xmx96m, as Runtime.maxMemory() reports it under the serial collector
		assertThat(PageCache.budget(92 * MB, 5)).isBetween(4 * MB, 5 * MB);
		assertThat(PageCache.budget(1024 * MB, 5)).isEqualTo(1024 * MB / 100 * 5);
	}

	@Test
	void keepsAUrlFromItsSecondRequestOnSoThatOneOffUrlsPushNothingOut() {
		PageCache cache = new PageCache(10 * MB);
		PageCache.Page page = page(5_000, 1);
		assertThat(cache.offer("/providers/fly-io", page)).isFalse();
		assertThat(cache.get("/providers/fly-io")).isNull();
		assertThat(cache.offer("/providers/fly-io", page)).isTrue();
		assertThat(cache.get("/providers/fly-io")).isSameAs(page);
		for (int i = 0; i < 1000; i++) {
			assertThat(cache.offer("/providers/fly-io?bust=" + i, page)).isFalse();
		}
		assertThat(cache.size()).isEqualTo(1);
	}

	@Test
	void neverKeepsAnAnswerBiggerThanASixteenthOfTheBudget() {
		PageCache cache = new PageCache(MB);
		PageCache.Page big = page(200_000, 2);
		cache.offer("/big", big);
		assertThat(cache.offer("/big", big)).isFalse();
		assertThat(cache.size()).isZero();
	}

	@Test
	void staysWithinItsBudgetLeastRecentlyUsedOutFirst() {
		PageCache cache = new PageCache(2 * MB);
		for (int i = 0; i < 2000; i++) {
			PageCache.Page page = page(20_000, i);
			cache.offer("/estimate?instances=" + i, page);
			cache.offer("/estimate?instances=" + i, page);
			cache.get("/estimate?instances=0");
			assertThat(cache.bytes()).isLessThanOrEqualTo(2 * MB);
		}
		assertThat(cache.get("/estimate?instances=0")).as("used all along").isNotNull();
		assertThat(cache.get("/estimate?instances=1")).as("used once, long ago").isNull();
		assertThat(cache.get("/estimate?instances=1999")).isNotNull();
	}

	@Test
	void keepsThePlainBodyOnceAskedForCountedAndWithinTheBudget() {
		PageCache cache = new PageCache(MB);
		PageCache.Page page = page(20_000, 4);
		cache.offer("/regions", page);
		cache.offer("/regions", page);
		long gzippedOnly = cache.bytes();
		byte[] plain = page.inflate();
		cache.keepPlain("/regions", page, plain);
		PageCache.Page both = cache.get("/regions");
		assertThat(both).isNotNull();
		assertThat(both.plain()).isSameAs(plain);
		assertThat(cache.bytes()).isGreaterThan(gzippedOnly + plain.length);
		cache.keepPlain("/regions", page, plain);
		assertThat(cache.get("/regions")).as("kept once").isSameAs(both);
		long bytes = cache.bytes();
		assertThat(cache.offer("/regions", page)).isTrue();
		assertThat(cache.get("/regions")).as("the same page offered again: kept with its plain body").isSameAs(both);
		assertThat(cache.bytes()).isEqualTo(bytes);
		PageCache.Page big = page(45_000, 5);
		cache.offer("/big", big);
		cache.offer("/big", big);
		cache.keepPlain("/big", big, big.inflate());
		assertThat(cache.get("/big")).as("both bodies over a sixteenth of the budget").isSameAs(big);
	}

	@Test
	void countsTheKeyAndTheHeadersNotOnlyTheBody() {
		String key = "/providers?q=" + "x".repeat(8000);
		PageCache.Page page = page(100, 3);
		assertThat(PageCache.sizeOf(key, page)).isGreaterThan(8000 + page.gzipped().length);
		String wide = "/providers?q=" + "é€".repeat(4000);
		assertThat(PageCache.sizeOf(wide, page)).as("two bytes a character beyond Latin-1").isGreaterThan(16_000);
	}

	/**
	 * Thousands of entries with long keys, measured on this JVM's heap: the cache counts at least what they take.
	 * Before, it counted bodies only, and 8 kB query strings came on top.
	 */
	@Test
	void occupiesNoMoreHeapThanItCounts() {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		PageCache cache = new PageCache(1024 * MB);
		long before = usedAfterGc(memory);
		Random random = new Random(12);
		for (int i = 0; i < 3000; i++) {
			String key = "/providers?q=" + "q".repeat(random.nextInt(8000)) + "&n=" + i;
			PageCache.Page page = page(random.nextInt(20_000), i);
			cache.offer(key, page);
			cache.offer(key, page);
		}
		long measured = usedAfterGc(memory) - before;
		assertThat(cache.size()).isEqualTo(3000);
		assertThat(cache.bytes()).as("counted against %d bytes measured", measured).isGreaterThanOrEqualTo(measured * 9 / 10)
			.isLessThanOrEqualTo(measured * 3 / 2);
	}

	@Test
	void theGzippedAnswerHasAnEntityTagOfItsOwnAndInflatesToThePlainBody() throws Exception {
		byte[] body = "<p>Fly.io</p>".repeat(100).getBytes(StandardCharsets.UTF_8);
		PageCache.Page page = PageCache.Page.of(body, "text/html;charset=UTF-8", Locale.ENGLISH,
				List.of(new PageCache.Header("Content-Disposition", "attachment")));
		assertThat(page.etag()).startsWith("\"").endsWith("\"");
		assertThat(page.gzipEtag()).isNotEqualTo(page.etag()).startsWith("\"").endsWith("\"");
		assertThat(page.length()).isEqualTo(body.length);
		assertThat(page.inflate()).isEqualTo(body);
		assertThat(PageCache.Page.of(body, "text/html", null, List.of()).etag()).isEqualTo(page.etag());
	}

	/** A page of about {@code size} bytes, gzipped to about as much (random text does not compress). */
	static PageCache.Page page(int size, long seed) {
		Random random = new Random(seed);
		StringBuilder text = new StringBuilder(size);
		while (text.length() < size) {
			text.append((char) ('a' + random.nextInt(26)));
		}
		return PageCache.Page.of(text.toString().getBytes(StandardCharsets.UTF_8), "text/html;charset=UTF-8",
				Locale.ENGLISH, List.of());
	}

	private static long usedAfterGc(MemoryMXBean memory) {
		for (int i = 0; i < 3; i++) {
			memory.gc();
		}
		return memory.getHeapMemoryUsage().getUsed();
	}


	/**
	 * The content headers a cached answer sends as bytes are those Tomcat writes from the type and locale it is
	 * given; where Tomcat would pick a charset from its locale mapping, the cache leaves the writing to it.
	 */
	@Test
	void contentHeadersAreWrittenAsTomcatWritesThem() {
		for (String type : List.of("text/html;charset=UTF-8", "text/csv; charset=UTF-8",
				"text/html; charset=\"utf-8\"", "application/json", "application/problem+json", "image/svg+xml",
				"text/plain;format=flowed")) {
			Response tomcat = new Response(new org.apache.coyote.Response());
			tomcat.setContentType(type);
			assertThat(PageCache.Page.contentHeaders(type, null))
				.containsExactly(new PageCache.Header("Content-Type", tomcat.getContentType()));
		}
		assertThat(PageCache.Page.contentHeaders("text/html;charset=UTF-8", Locale.ENGLISH)).containsExactly(
				new PageCache.Header("Content-Type", "text/html;charset=UTF-8"),
				new PageCache.Header("Content-Language", "en"));
		assertThat(PageCache.Page.contentHeaders("text/html", Locale.ENGLISH)).isNull();
		PageCache.Page page = PageCache.Page.of(new byte[10], "text/html;charset=UTF-8", Locale.ENGLISH, List.of());
		assertThat(page.content()).isNotNull();
		assertThat(PageCache.Page.of(new byte[10], "text/html", Locale.ENGLISH, List.of()).content()).isNull();
	}

}
