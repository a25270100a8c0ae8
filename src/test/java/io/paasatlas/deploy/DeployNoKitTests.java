package io.paasatlas.deploy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A provider of the catalog without a kit (the hostile test profile, whose name holds markup) gets a page that
 * says so, not an error; its zip and its JSON are 404s. Runs on the same context as {@code EscapingTests}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "catalog.location=src/test/resources/catalog/hostile")
class DeployNoKitTests {

	@LocalServerPort
	int port;

	HttpResponse<String> get(String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).header("Accept", "text/html")
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void providerWithoutAKitGetsAPageSayingSo() throws Exception {
		HttpResponse<String> page = get("/deploy?provider=hostile");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"no-kit\"", "No deployment kit for Hostile &lt;script&gt;",
				"href=\"/providers/hostile#deployment\"").doesNotContain("id=\"deployment\"", "<script>");
		assertThat(get("/deploy").body()).contains("id=\"pick-hostile\"", "no kit yet");
	}

	@Test
	void itsZipAndItsJsonAreNotFound() throws Exception {
		HttpResponse<String> zip = get("/deploy/hostile.zip");
		assertThat(zip.statusCode()).isEqualTo(404);
		assertThat(zip.body()).contains("id=\"no-kit\"");
		HttpResponse<String> json = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
				URI.create("http://localhost:" + this.port + "/api/deploy?provider=hostile")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(json.statusCode()).isEqualTo(404);
		assertThat(json.body()).contains("has no deployment kit for Hostile");
	}

}
