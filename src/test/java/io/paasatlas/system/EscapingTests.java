package io.paasatlas.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A profile whose text holds markup and template expressions renders them as inert text: data is never markup,
 * and never evaluated.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "catalog.location=src/test/resources/catalog/hostile")
class EscapingTests {

	@LocalServerPort
	int port;

	String get(String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
	}

	@Test
	void scriptsAndEventHandlersFromDataAreEscaped() throws Exception {
		for (String page : new String[] { get("/providers/hostile"), get("/providers"), get("/") }) {
			assertThat(page).doesNotContain("<script>", "<img src=x", "<b onmouseover").doesNotContainIgnoringCase("<script");
			assertThat(page).contains("&lt;script&gt;");
		}
		assertThat(get("/providers/hostile")).contains("&lt;img src=x onerror=alert(1)&gt;", "&lt;b onmouseover=alert(2)&gt;");
	}

	@Test
	void templateExpressionsInDataAreNotEvaluated() throws Exception {
		String page = get("/providers/hostile");
		assertThat(page).contains("{{7*7}}", "${7*7}", "[[${7*7}]]", "__${T(java.lang.Runtime)}__");
		assertThat(page).doesNotContain(">49<", " 49 ");
	}

}
