package io.paasatlas.system;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

import org.apache.catalina.valves.RemoteIpValve;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page cache over real HTTP: an answer from the cache is byte- and header-identical to the fresh one, each
 * representation (plain, gzip) has its own entity tag, q-values are honoured, HEAD is GET without the body, and a
 * redirect never names a host the client chose.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CachedAnswerTests {

	/** A query no earlier request of the test run used, so that the first answer is rendered fresh. */
	static final AtomicInteger fresh = new AtomicInteger();

	@LocalServerPort
	int port;

	@Autowired
	PageCacheFilter pageCache;

	@Autowired
	ServletWebServerApplicationContext context;

	@ParameterizedTest
	@ValueSource(strings = { "/providers?format=csv", "/compare?providers=fly-io,render&format=csv",
			"/providers/heroku?view=all", "/api/providers/render?view=all", "/regions?view=all" })
	void anAnswerFromTheCacheIsTheFreshAnswer(String page) throws Exception {
		String path = unique(page);
		RawHttp first = get(path, "Accept-Encoding: gzip");
		RawHttp second = get(path, "Accept-Encoding: gzip");
		RawHttp cached = get(path, "Accept-Encoding: gzip");
		assertThat(first.status()).isEqualTo(200);
		assertThat(withoutDate(second)).isEqualTo(withoutDate(first));
		assertThat(withoutDate(cached)).isEqualTo(withoutDate(first));
		assertThat(cached.body()).isEqualTo(first.body());
		RawHttp plain = get(path);
		assertThat(plain.body()).isEqualTo(gunzip(first.body()));
		if (page.contains("format=csv")) {
			assertThat(cached.headers().get("content-disposition")).startsWith("attachment; filename=");
			assertThat(cached.headers().get("content-type")).isEqualTo("text/csv;charset=UTF-8");
		}
		if (page.startsWith("/providers/") || page.startsWith("/regions")) {
			assertThat(cached.headers().get("content-language")).isEqualTo("en");
			assertThat(cached.headers().get("content-type")).isEqualTo("text/html;charset=UTF-8");
		}
	}

	/**
	 * The cached answer is given to Tomcat as pre-encoded bytes ({@link EncodedHeaders}): the same headers, in the
	 * same order, as the fresh one, for each representation, over HTTPS, and as a 304.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "", "Accept-Encoding: gzip", "X-Forwarded-Proto: https",
			"Accept-Encoding: gzip|X-Forwarded-Proto: https" })
	void aCachedAnswerHasTheFreshAnswersHeadersInOrder(String headers) throws Exception {
		String[] sent = headers.isEmpty() ? new String[0] : headers.split("\\|");
		String path = unique("/providers/koyeb");
		RawHttp fresh = get(path, sent);
		get(path, sent); // admitted to the cache on the second request
		RawHttp cached = get(path, sent);
		assertThat(fresh.status()).isEqualTo(200);
		assertThat(new ArrayList<>(withoutDate(cached).keySet())).isEqualTo(new ArrayList<>(withoutDate(fresh).keySet()));
		assertThat(withoutDate(cached)).isEqualTo(withoutDate(fresh));
		assertThat(cached.body()).isEqualTo(fresh.body());
		assertThat(cached.headers().containsKey("strict-transport-security")).isEqualTo(headers.contains("https"));
		String[] revalidation = Arrays.copyOf(sent, sent.length + 1);
		revalidation[sent.length] = "If-None-Match: " + fresh.headers().get("etag");
		RawHttp notModified = get(path, revalidation);
		assertThat(notModified.status()).isEqualTo(304);
		assertThat(notModified.headers()).containsEntry("etag", fresh.headers().get("etag"))
			.containsEntry("content-security-policy", fresh.headers().get("content-security-policy"))
			.doesNotContainKeys("content-type", "content-encoding");
	}

	/** The connector is the app's, and the forwarded-headers valve still works (HTTPS above) without attributes. */
	@Test
	void theConnectorIsTheAppsOwn() {
		TomcatWebServer server = (TomcatWebServer) this.context.getWebServer();
		assertThat(server.getTomcat().getConnector().getProtocolHandler()).isInstanceOf(AtlasNioProtocol.class);
		assertThat(server.getTomcat().getEngine().getPipeline().getValves()).filteredOn(RemoteIpValve.class::isInstance)
			.singleElement()
			.satisfies((valve) -> assertThat(((RemoteIpValve) valve).getRequestAttributesEnabled()).isFalse());
	}

	@Test
	void theGzippedAnswerHasAnEntityTagOfItsOwn() throws Exception {
		String path = unique("/providers/fly-io?view=all");
		for (int i = 0; i < 2; i++) { // fresh, then cached
			String gzipTag = get(path, "Accept-Encoding: gzip").headers().get("etag");
			String plainTag = get(path).headers().get("etag");
			assertThat(gzipTag).isNotEqualTo(plainTag);
			assertThat(get(path, "Accept-Encoding: gzip", "If-None-Match: " + gzipTag).status()).isEqualTo(304);
			assertThat(get(path, "If-None-Match: " + plainTag).status()).isEqualTo(304);
			assertThat(get(path, "Accept-Encoding: gzip", "If-None-Match: " + plainTag).status()).isEqualTo(200);
			assertThat(get(path, "If-None-Match: " + gzipTag).status()).isEqualTo(200);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "gzip;q=0.0", "gzip;q=0, deflate", "identity", "br;q=1, *;q=0" })
	void gzipGoesOnlyToAClientThatTakesIt(String acceptEncoding) throws Exception {
		String path = unique("/providers/render?view=all");
		for (int i = 0; i < 3; i++) { // fresh, admitted, cached
			RawHttp answer = get(path, "Accept-Encoding: " + acceptEncoding);
			assertThat(answer.headers()).doesNotContainKey("content-encoding");
			assertThat(answer.text()).startsWith("<!DOCTYPE html>");
		}
	}

	@Test
	void headIsAnsweredLikeGetWithoutTheBody() throws Exception {
		String path = unique("/providers/railway?view=all");
		RawHttp head = RawHttp.exchange(this.port, "HEAD " + path + " HTTP/1.1");
		for (int i = 0; i < 3; i++) {
			RawHttp get = get(path);
			assertThat(withoutDate(head)).isEqualTo(withoutDate(get));
			assertThat(head.body()).isEmpty();
			assertThat(head.headers()).containsKeys("etag", "content-length");
			head = RawHttp.exchange(this.port, "HEAD " + path + " HTTP/1.1");
		}
	}

	/**
	 * A big cached body goes out from its file by sendfile ({@link PageFiles}); the connection then goes on: the
	 * next answers on it, sent after each other or pipelined, a HEAD (no body) and a 304 among them, are whole.
	 */
	@ParameterizedTest
	@ValueSource(booleans = { false, true })
	void bigBodiesGoOutFromTheirFilesAndTheConnectionGoesOn(boolean pipelined) throws Exception {
		String path = unique("/providers/fly-io?view=all");
		RawHttp fresh = get(path);
		get(path); // admitted to the cache on the second request
		assertThat(fresh.body().length).isGreaterThan(64 * 1024);
		String get = "GET " + path + " HTTP/1.1";
		List<RawHttp> answers = RawHttp.keptAlive(this.port, pipelined,
				List.of(get, "HEAD " + path + " HTTP/1.1", get, get + "\r\nIf-None-Match: " + fresh.headers().get("etag"),
						get + "\r\nAccept-Encoding: gzip", get));
		assertThat(answers).extracting(RawHttp::status).containsExactly(200, 200, 200, 304, 200, 200);
		Map<String, String> freshHeaders = withoutDate(fresh);
		freshHeaders.remove("connection"); // RawHttp.exchange asks to close
		for (int i : new int[] { 0, 2, 5 }) {
			assertThat(withoutDate(answers.get(i))).isEqualTo(freshHeaders);
			assertThat(answers.get(i).body()).isEqualTo(fresh.body());
		}
		assertThat(answers.get(1).body()).isEmpty();
		assertThat(answers.get(4).headers().get("content-encoding")).isEqualTo("gzip");
		assertThat(gunzip(answers.get(4).body())).isEqualTo(fresh.body());
		// the plain answers came from a file, there under the plain body's tag (the gzipped body, 20 kB, from the heap)
		String tag = fresh.headers().get("etag");
		assertThat(this.pageCache.files().file(tag, () -> {
			throw new AssertionError("no file for " + tag);
		})).isNotNull();
	}

	@Test
	void aRedirectNeverNamesAHostTheClientChose() throws Exception {
		RawHttp redirect = get("/compare?providers=fly-io&providers=heroku", "Host: evil.example",
				"X-Forwarded-Proto: https");
		assertThat(redirect.status()).isEqualTo(302);
		assertThat(redirect.headers().get("location")).isEqualTo("/compare?providers=fly-io,heroku");
	}

	@Test
	void theLanguageIsThePagesWhateverTheClientAsksFor() throws Exception {
		String path = unique("/providers/heroku?view=all");
		assertThat(get(path, "Accept-Language: de-CH").headers().get("content-language")).isEqualTo("en");
		assertThat(get(path, "Accept-Language: fr").headers().get("content-language")).isEqualTo("en");
		assertThat(get(path, "Accept-Language: de-CH").headers().get("content-language")).isEqualTo("en");
	}

	@Test
	void answersUpToAWriteBufferArriveWholeOnAKeptAliveConnection() throws Exception {
		assertThat(((TomcatWebServer) this.context.getWebServer()).getTomcat().getConnector()
			.getProperty("socket.appWriteBufSize")).hasToString("65536");
		List<String> requests = List.of("GET /providers HTTP/1.1", "GET /regions/users HTTP/1.1",
				"GET /deploy?provider=fly-io HTTP/1.1", "GET /providers HTTP/1.1");
		List<RawHttp> answers = RawHttp.keptAlive(this.port, true, requests);
		for (RawHttp answer : answers) {
			assertThat(answer.status()).isEqualTo(200);
			// larger than Tomcat's default 8 kB buffer, within the 64 kB one (and below sendfile's 64 kB)
			assertThat(answer.body().length).isBetween(8 * 1024, 64 * 1024);
			assertThat(new String(answer.body(), StandardCharsets.UTF_8).strip()).endsWith("</html>");
		}
		assertThat(answers.get(3).body()).isEqualTo(answers.get(0).body());
	}

	private RawHttp get(String path, String... headers) throws Exception {
		return RawHttp.exchange(this.port, "GET " + path + " HTTP/1.1", headers);
	}

	private static String unique(String page) {
		return page + (page.contains("?") ? "&" : "?") + "fresh=" + fresh.incrementAndGet();
	}

	private static Map<String, String> withoutDate(RawHttp answer) {
		Map<String, String> headers = new LinkedHashMap<>(answer.headers());
		headers.remove("date");
		headers.put(":status", Integer.toString(answer.status()));
		return headers;
	}

	private static byte[] gunzip(byte[] body) throws Exception {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
			return in.readAllBytes();
		}
	}

}
