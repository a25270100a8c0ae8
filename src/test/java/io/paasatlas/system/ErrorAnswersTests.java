package io.paasatlas.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Malformed and unexpected requests over real HTTP: none is a 5xx; under {@code /api} every error is a problem detail
 * (RFC 9457); every HTML error is the app's page with its security headers, even when Tomcat turns the request away
 * before the app sees it (once the warm-up has rendered the page for {@code ContainerErrorValve}, so the warm-up is on
 * here as in production); and each costs one log line, never a stack trace.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "atlas.warmup.enabled=true")
@ExtendWith(OutputCaptureExtension.class)
class ErrorAnswersTests {

	static final String MANY_PARAMETERS = IntStream.range(0, 1100).mapToObj((i) -> "p" + i + "=1")
		.collect(Collectors.joining("&"));

	@LocalServerPort
	int port;

	@ParameterizedTest(name = "{0} {1} -> {2}")
	@CsvSource(delimiter = '|', value = { "GET|/api/no-such-thing|404", "GET|/api|404", "DELETE|/api/providers|405",
			"PUT|/api/estimate|405", "GET|/api/providers?q=%zz|400", "GET|/api/estimate?preset=%E0%A4%A|400",
			"GET|/api/providers?" + "MANY|400", "GET|/api/providers/no-such-provider|404" })
	void everyApiErrorIsAProblemDetail(String method, String target, int status, CapturedOutput output)
			throws Exception {
		int mark = output.length();
		String path = target.replace("MANY", MANY_PARAMETERS);
		for (String accept : new String[] { "application/json", "application/problem+json", "*/*" }) {
			RawHttp answer = RawHttp.exchange(this.port, method + " " + path + " HTTP/1.1", "Accept: " + accept);
			assertThat(answer.status()).isEqualTo(status);
			assertThat(answer.headers().get("content-type")).startsWith("application/problem+json");
			assertThat(answer.text()).contains("\"status\":" + status, "\"title\":", "\"detail\":")
				.doesNotContain("Exception", "trace");
			assertThat(answer.headers().get("content-security-policy")).contains("default-src 'none'");
		}
		assertNoStackTrace(output, mark);
	}

	@Test
	void aBrowserGetsAProblemDetailFromTheApiToo() throws Exception {
		String browser = "Accept: text/html,application/xhtml+xml,*/*;q=0.8";
		RawHttp unknown = RawHttp.exchange(this.port, "GET /api/no-such-thing HTTP/1.1", browser);
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.headers().get("content-type")).startsWith("application/problem+json");
		// the API has JSON only: to a client that takes HTML only it says so, as a problem detail
		RawHttp htmlOnly = RawHttp.exchange(this.port, "GET /api/providers/fly-io HTTP/1.1", "Accept: text/html");
		assertThat(htmlOnly.status()).isEqualTo(406);
		assertThat(htmlOnly.headers().get("content-type")).startsWith("application/problem+json");
	}

	@Test
	void aBodyOfTheWrongTypeIsAProblemDetail(CapturedOutput output) throws Exception {
		int mark = output.length();
		HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/estimate"))
			.header("Content-Type", "text/plain")
			.POST(HttpRequest.BodyPublishers.ofString("instances=2"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertProblem(answer, 415, "application/json");
		assertNoStackTrace(output, mark);
	}

	@Test
	void aBodyOverTheLimitIsA413ProblemDetailWhetherItsLengthIsGivenOrNot(CapturedOutput output) throws Exception {
		int mark = output.length();
		String body = "{\"instances\":2," + " ".repeat(100_000) + "}";
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/estimate"))
			.header("Content-Type", "application/json");
		HttpRequest withLength = request.copy().POST(HttpRequest.BodyPublishers.ofString(body)).build();
		// no length: the client sends it in chunks
		HttpRequest chunked = request.copy().POST(HttpRequest.BodyPublishers.fromPublisher(
				HttpRequest.BodyPublishers.ofString(body))).build();
		for (HttpRequest each : new HttpRequest[] { withLength, chunked }) {
			assertProblem(HttpClient.newHttpClient().send(each, HttpResponse.BodyHandlers.ofString()), 413,
					"16384 bytes");
		}
		assertNoStackTrace(output, mark);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/providers?q=%zz", "/providers?MANY", "/estimate?preset=%C0" })
	void aQueryThatCannotBeReadIsTheAppsBadRequestPage(String target, CapturedOutput output) throws Exception {
		int mark = output.length();
		RawHttp answer = RawHttp.exchange(this.port, "GET " + target.replace("MANY", MANY_PARAMETERS) + " HTTP/1.1",
				"Accept: text/html");
		assertThat(answer.status()).isEqualTo(400);
		assertAppsOwnPage(answer, "Bad request – PaaS Atlas");
		assertThat(since(output, mark).lines().filter((line) -> line.contains("RequestLimitsFilter")).count())
			.isEqualTo(1);
		assertNoStackTrace(output, mark);
	}

	@Test
	void errorAskedForDirectlyIsNotFound() throws Exception {
		RawHttp page = RawHttp.exchange(this.port, "GET /error HTTP/1.1", "Accept: text/html");
		assertThat(page.status()).isEqualTo(404);
		assertAppsOwnPage(page, "Not found – PaaS Atlas");
		RawHttp json = RawHttp.exchange(this.port, "GET /error HTTP/1.1", "Accept: application/json");
		assertThat(json.status()).isEqualTo(404);
		assertThat(json.headers().get("content-type")).startsWith("application/problem+json");
	}

	/** Requests Tomcat turns away before any filter of the app runs. */
	@ParameterizedTest
	@ValueSource(strings = { "LONG", "/providers/a%2Fb", "/providers/a%00b", "/providers/%2e%2e/%2e%2e/etc/passwd",
			"/providers/a%5Cb" })
	void whatTomcatRejectsCarriesTheAppsHeadersAndPageAndOneLogLine(String target, CapturedOutput output)
			throws Exception {
		int mark = output.length();
		String path = target.equals("LONG") ? "/providers?q=" + "a".repeat(9000) : target;
		RawHttp answer = RawHttp.exchange(this.port, "GET " + path + " HTTP/1.1", "Accept: text/html");
		assertThat(answer.status()).isEqualTo(400);
		assertAppsOwnPage(answer, "Bad request – PaaS Atlas");
		assertThat(since(output, mark).lines().filter((line) -> line.contains("400 before the app")).count())
			.isEqualTo(1);
		assertNoStackTrace(output, mark);
	}

	private static void assertProblem(HttpResponse<String> answer, int status, String detail) {
		assertThat(answer.statusCode()).isEqualTo(status);
		assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(answer.body()).contains(detail);
	}

	private static void assertAppsOwnPage(RawHttp answer, String title) {
		assertThat(answer.headers().get("content-type")).isEqualTo("text/html;charset=UTF-8");
		assertThat(answer.headers().get("content-security-policy")).contains("script-src 'none'");
		assertThat(answer.headers()).containsEntry("x-content-type-options", "nosniff")
			.containsEntry("x-frame-options", "DENY");
		assertThat(answer.text()).contains("<title>" + title + "</title>", "/css/atlas-")
			.doesNotContain("Tomcat", "Exception", "HTTP Status");
	}

	/** What was logged since the mark: an exception's name on a one-line warning is fine, its trace is not. */
	private static void assertNoStackTrace(CapturedOutput output, int mark) {
		assertThat(since(output, mark)).doesNotContain("\tat ", "Caused by:", " ERROR ");
	}

	private static String since(CapturedOutput output, int mark) {
		return output.getAll().substring(mark);
	}

}
