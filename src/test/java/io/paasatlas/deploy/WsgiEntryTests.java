package io.paasatlas.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The entry point reaches files and commands only as {@code identifier(.identifier)*:identifier}. */
class WsgiEntryTests {

	@Test
	void readsModuleAndVariable() {
		WsgiEntry entry = WsgiEntry.parse("web.main:application").orElseThrow();
		assertThat(entry.module()).isEqualTo("web.main");
		assertThat(entry.variable()).isEqualTo("application");
		assertThat(entry.path()).isEqualTo("web/main.py");
		assertThat(entry.packageFiles()).containsExactly("web/__init__.py");
		assertThat(WsgiEntry.DEFAULT.packageFiles()).isEmpty();
		assertThat(WsgiEntry.parse("a.b.c:_app").orElseThrow().packageFiles()).containsExactly("a/__init__.py",
				"a/b/__init__.py");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "app", ":app", "app:", "app:app:app", "1app:app", "app:1app", "web..main:app",
			".web:app", "web.:app", "app:app;rm -rf /", "app:app\nfoo", "app :app", "app: app", "../app:app",
			"app/main:app", "app:app()", "ünï:app", "class:app", "app:None", "web.import:app", "$(id):app",
			"app:app app" })
	void rejectsAnythingElse(String text) {
		assertThat(WsgiEntry.parse(text)).isEmpty();
	}

	@Test
	void rejectsTooLong() {
		assertThat(WsgiEntry.parse("a".repeat(97) + ":app")).isEmpty();
		assertThat(WsgiEntry.parse("a".repeat(96) + ":app")).isPresent();
	}

}
