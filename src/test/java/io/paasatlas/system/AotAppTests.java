package io.paasatlas.system;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.paasatlas.PaasAtlasApplication;
import io.paasatlas.browser.SitePages;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The AOT-processed app, as the image runs it ({@code -Dspring.aot.enabled=true}), serves every page of the site
 * exactly as the app without AOT does: same status, same content type, same bytes. Spring AOT fixes the bean
 * definitions and their conditions at build time; a bean or a condition lost there shows here as a different page.
 * The AOT-processed app also reads the catalog compiled at build time instead of the YAML.
 * Runs only in the build's second test run, after {@code process-aot} (the surefire execution {@code aot}).
 */
class AotAppTests {

	@Test
	void everyPageIsTheSameWithAndWithoutAot() throws Exception {
		List<String> pages = SitePages.all();
		List<String> plain;
		List<String> aot;
		try (AppProcess app = AppProcess.start(PaasAtlasApplication.class, environment(), AppProcess.FAST_FLAGS,
				false)) {
			plain = answers(app, pages);
		}
		try (AppProcess app = AppProcess.start(PaasAtlasApplication.class, environment(), AppProcess.FAST_FLAGS,
				true)) {
			aot = answers(app, pages);
			// the profiles come from the catalog compiled by process-aot, not from the YAML: the pages below are
			// then also the proof that both give the same catalog
			assertThat(app.output()).contains("provider profiles compiled at build time from the files in");
		}
		assertThat(plain).extracting((answer) -> answer.substring(0, answer.indexOf('\n')))
			.as("the pages answer, not fail").noneMatch((status) -> status.contains(" 5"));
		for (int i = 0; i < pages.size(); i++) {
			assertThat(aot.get(i)).as(pages.get(i)).isEqualTo(plain.get(i));
		}
	}

	private static Map<String, String> environment() {
		return Map.of("PORT", Integer.toString(AppProcess.freePort()), "ATLAS_WARMUP_ENABLED", "false");
	}

	/** Each page's status, content type and body, in the order of the pages. */
	private static List<String> answers(AppProcess app, List<String> pages) throws Exception {
		app.awaitOk("/actuator/health/readiness");
		List<String> answers = new ArrayList<>();
		for (String page : pages) {
			HttpResponse<String> response = app.get(page);
			answers.add(page + " " + response.statusCode() + " "
					+ response.headers().firstValue("Content-Type").orElse("") + "\n" + response.body());
		}
		return answers;
	}

}
