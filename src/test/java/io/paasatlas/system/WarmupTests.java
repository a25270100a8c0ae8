package io.paasatlas.system;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Before readiness turns UP the app has opened its own pages: the pages people open first are in the page cache,
 * templates compiled, the start's garbage collected, and the first visitor after a start or a deploy is served from
 * memory.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "atlas.warmup.enabled=true")
class WarmupTests {

	@Autowired
	Warmup warmup;

	@Autowired
	PageCacheFilter pageCache;

	@Autowired
	ApplicationAvailability availability;

	@Test
	void thePagesPeopleOpenFirstAreRenderedBeforeReadinessTurnsUp() {
		assertThat(this.warmup.warmed()).contains("/", "/providers", "/providers/fly-io", "/api/providers/fly-io",
				"/compare", "/estimate", "/regions", "/advisor", "/api/providers");
		assertThat(this.warmup.warmed()).hasSizeLessThanOrEqualTo(Warmup.MAX_PAGES);
		AvailabilityChangeEvent<ReadinessState> ready = this.availability.getLastChangeEvent(ReadinessState.class);
		assertThat(ready).isNotNull();
		assertThat(ready.getState()).isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
		assertThat(this.warmup.finishedAt()).isPositive().isLessThanOrEqualTo(ready.getTimestamp());
		for (String page : new String[] { "/", "/providers", "/providers/fly-io", "/api/providers/fly-io" }) {
			assertThat(this.pageCache.cache().get(page)).as(page).isNotNull();
		}
	}

	@Test
	void theStartsGarbageIsCollectedBeforeReadinessTurnsUp() {
		Warmup.FullCollection collection = this.warmup.collection();
		assertThat(collection).isNotNull();
		// the JVM's own counters moved during the call: System.gc() collected and was not ignored
		assertThat(collection.collections()).isPositive();
		assertThat(collection.usedAfter()).isLessThan(collection.usedBefore());
		assertThat(collection.toString()).matches("a full collection \\(\\d+ -> \\d+ MB of heap in \\d+ ms\\)");
	}

	@Test
	void followsOnlyTheAppsOwnPageLinks() {
		String html = "<a href=\"/providers/fly-io\">x</a><a href=\"/providers?sort=price&amp;dir=desc\">"
				+ "<link href=\"/css/atlas-0a.css\"><a href=\"//evil.example/\"><a href=\"https://fly.io/\">"
				+ "<a href=\"/providers?format=csv\"><a href=\"/actuator/health\"><a href=\"/regions#map\">";
		assertThat(Warmup.links(html.getBytes(StandardCharsets.UTF_8))).containsExactly("/providers/fly-io",
				"/providers?sort=price&dir=desc", "/regions");
	}

}
