package io.paasatlas.system;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.paasatlas.PaasAtlasApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a Fly.io Machine runs the app, with real processes: it listens on {@code $PORT}, and on SIGINT (Fly's default
 * kill signal) or SIGTERM it finishes the request in flight, then exits with 0. A malformed {@code DATABASE_URL}
 * stops it with 1 and a message that never shows the password.
 */
class GracefulShutdownTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@ParameterizedTest
	@ValueSource(strings = { "INT", "TERM" })
	void aSignalLetsTheRequestInFlightFinishThenTheAppExitsWithZero(String signal) throws Exception {
		int port = AppProcess.freePort();
		try (AppProcess app = AppProcess.start(SlowRequestApplication.class, Map.of("PORT", Integer.toString(port)))) {
			// answering on $PORT is the first thing Fly's proxy needs
			app.awaitOk("/actuator/health");
			CompletableFuture<HttpResponse<String>> inFlight = this.http.sendAsync(
					HttpRequest.newBuilder(app.uri("/test/slow?ms=3000")).build(), HttpResponse.BodyHandlers.ofString());
			app.awaitOutput(SlowRequestApplication.STARTED, Duration.ofSeconds(60));

			app.signal(signal);

			HttpResponse<String> response = inFlight.get(60, TimeUnit.SECONDS);
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).isEqualTo("finished after 3000 ms");
			assertThat(app.awaitExit(Duration.ofSeconds(60))).as(app.output()).isZero();
			assertThat(app.output()).contains("SIG" + signal + " received",
					"Commencing graceful shutdown. Waiting for active requests to complete",
					"Graceful shutdown complete");
		}
	}

	@Test
	void aMalformedDatabaseUrlStopsTheAppWithAMessageThatHidesThePassword() throws Exception {
		String url = "postgres://atlas:hunter2-SECRET@atlas-db.flycast:54x2/atlas?sslmode=disable";
		try (AppProcess app = AppProcess.start(PaasAtlasApplication.class,
				Map.of("PORT", Integer.toString(AppProcess.freePort()), "DATABASE_URL", url))) {
			assertThat(app.awaitExit(AppProcess.START_TIMEOUT)).isEqualTo(1);
			assertThat(app.output()).contains("APPLICATION FAILED TO START",
					"DATABASE_URL is set but is not a PostgreSQL URL: the port must be a number from 1 to 65535",
					"postgres://atlas:****@atlas-db.flycast:54x2/atlas?sslmode=disable",
					"postgres://USER:PASSWORD@HOST:5432/DATABASE?sslmode=disable")
				.doesNotContain("hunter2");
		}
	}

}
