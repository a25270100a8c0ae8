package io.paasatlas.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Security headers, caching headers and locked-down endpoints, over real HTTP on the real data. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HardeningTests {

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/providers", "/providers/fly-io", "/providers/no-such-provider",
			"/providers?freeTier=bogus", "/no/such/page" })
	void everyPageCarriesTheSecurityHeaders(String path) throws Exception {
		HttpResponse<byte[]> response = get(path, "Accept", "text/html");
		var headers = response.headers();
		assertThat(headers.firstValue("Content-Security-Policy")).hasValueSatisfying((csp) -> assertThat(csp)
			.contains("script-src 'none'", "frame-ancestors 'none'", "default-src 'none'")
			.doesNotContain("unsafe-inline", "unsafe-eval"));
		assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(headers.firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
		assertThat(headers.firstValue("Permissions-Policy")).hasValueSatisfying((p) -> assertThat(p).contains("camera=()"));
		assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(headers.firstValue("Server")).isEmpty();
		assertThat(headers.firstValue("X-Powered-By")).isEmpty();
		assertThat(headers.firstValue("Strict-Transport-Security")).isEmpty();
		String body = new String(response.body(), StandardCharsets.UTF_8);
		assertThat(body).doesNotContain("Whitelabel", "Exception", "at io.paasatlas", "at org.springframework");
	}

	@Test
	void hstsIsSentWhenFlysProxySaysTheRequestCameOverHttps() throws Exception {
		HttpResponse<byte[]> response = get("/providers", "X-Forwarded-Proto", "https");
		assertThat(response.headers().firstValue("Strict-Transport-Security"))
			.hasValue("max-age=31536000; includeSubDomains");
	}

	@Test
	void pagesHaveAnEtagAndAnswer304WhenItMatches() throws Exception {
		HttpResponse<byte[]> first = get("/providers/heroku");
		assertThat(first.statusCode()).isEqualTo(200);
		String etag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(first.headers().firstValue("Cache-Control")).hasValue("public, max-age=300");
		HttpResponse<byte[]> second = get("/providers/heroku", "If-None-Match", etag);
		assertThat(second.statusCode()).isEqualTo(304);
		assertThat(second.body()).isEmpty();
		HttpResponse<byte[]> other = get("/providers/heroku", "If-None-Match", "\"something-else\"");
		assertThat(other.statusCode()).isEqualTo(200);
		assertThat(other.body()).isEqualTo(first.body());
	}

	@Test
	void pagesAreGzippedForClientsThatAcceptIt() throws Exception {
		HttpResponse<byte[]> plain = get("/providers/fly-io");
		HttpResponse<byte[]> gzipped = get("/providers/fly-io", "Accept-Encoding", "gzip");
		assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(gzipped.body().length).isLessThan(plain.body().length / 3);
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
			assertThat(in.readAllBytes()).isEqualTo(plain.body());
		}
	}

	@Test
	void errorsAreNeitherCachedNorTaggedAsCacheable() throws Exception {
		HttpResponse<byte[]> response = get("/providers/no-such-provider", "Accept", "text/html");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("ETag")).isEmpty();
	}

	@Test
	void staticAssetsHaveContentHashedUrlsAndALongCacheLife() throws Exception {
		String page = new String(get("/providers").body(), StandardCharsets.UTF_8);
		var matcher = java.util.regex.Pattern.compile("href=\"(/css/atlas-[0-9a-f]{32}\\.css)\"").matcher(page);
		assertThat(matcher.find()).as("hashed stylesheet URL in the page").isTrue();
		HttpResponse<byte[]> css = get(matcher.group(1));
		assertThat(css.statusCode()).isEqualTo(200);
		assertThat(css.headers().firstValue("Cache-Control")).hasValueSatisfying((c) -> assertThat(c).contains("max-age=31536000"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/h2-console", "/h2-console/", "/actuator/env", "/actuator/beans", "/actuator/heapdump",
			"/actuator/configprops", "/actuator/mappings", "/actuator/loggers", "/actuator/threaddump" })
	void consolesAndSensitiveEndpointsAreNotExposed(String path) throws Exception {
		assertThat(get(path).statusCode()).isEqualTo(404);
	}

	@Test
	void onlyHealthAndInfoAreExposed() throws Exception {
		assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
		assertThat(get("/actuator/info").statusCode()).isEqualTo(200);
		String index = new String(get("/actuator").body(), StandardCharsets.UTF_8);
		assertThat(index).contains("health", "info").doesNotContain("\"env\"", "\"beans\"", "heapdump");
	}

}
