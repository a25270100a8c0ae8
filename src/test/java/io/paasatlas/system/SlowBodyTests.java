package io.paasatlas.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clients that declare a body and send it a byte at a time, more of them than Tomcat has workers: the app goes on
 * answering everyone else, and each slow client gets a 408 within the time a body may take and loses its connection.
 * Before {@link RequestBodyValve}, ten of them stopped the app: every other request timed out. Bodies over the limit
 * get their 413: read first up to {@code atlas.request.max-discard-bytes}, unread and the connection closed above.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "atlas.request.max-body-time=2s", "server.tomcat.connection-timeout=2s" })
@ExtendWith(OutputCaptureExtension.class)
class SlowBodyTests {

	/** More than the app's 8 workers (server.tomcat.threads.max). */
	static final int CLIENTS = 12;

	@LocalServerPort
	int port;

	@Test
	void clientsTricklingTheirBodiesNeitherHoldTheWorkersNorKeepTheirConnections(CapturedOutput output)
			throws Exception {
		List<Socket> slow = new ArrayList<>();
		ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
		try {
			for (int i = 0; i < CLIENTS; i++) {
				Socket socket = new Socket("127.0.0.1", this.port);
				socket.setSoTimeout(20_000);
				// a JSON body to the API's one POST, and a body on a page's GET, which the page cache answers
				String head = (i % 2 == 0)
						? "POST /api/estimate HTTP/1.1\r\nContent-Type: application/json\r\n"
						: "GET / HTTP/1.1\r\nContent-Type: text/plain\r\n";
				write(socket, head + "Host: localhost\r\nContent-Length: 1000\r\n\r\n{");
				slow.add(socket);
			}
			trickle.scheduleAtFixedRate(() -> slow.forEach((socket) -> {
				try {
					write(socket, " ");
				}
				catch (IOException ex) {
					// closed by the app: what this test expects
				}
			}), 300, 300, TimeUnit.MILLISECONDS);

			HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
			for (String path : List.of("/providers", "/api/providers/fly-io", "/")) {
				HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
					.timeout(Duration.ofSeconds(5))
					.build();
				assertThat(http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode()).as(path)
					.isEqualTo(200);
			}

			for (int i = 0; i < CLIENTS; i++) {
				String answer = readToEnd(slow.get(i));
				assertThat(answer).as("the answer to a slow body, then the connection closed")
					.startsWith("HTTP/1.1 408");
				if (i % 2 == 0) {
					assertThat(answer).as("the API's problem detail")
						.contains("application/problem+json", "The request body did not arrive within 2 s.");
				}
			}
			assertThat(output).contains("408 for POST /api/estimate: its body did not arrive within 2000 ms")
				.doesNotContain("\tat ");
		}
		finally {
			trickle.shutdownNow();
			for (Socket socket : slow) {
				socket.close();
			}
		}
	}

	@Test
	void aBodyOverTheLimitIsReadBeforeIts413SoThatTheClientReadsIt() throws Exception {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(20_000);
			write(socket, "POST /api/estimate HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
					+ "Content-Length: " + (100 * 2048) + "\r\n\r\n");
			// answered and closed at the headers, the connection resets the client's next writes, and a client
			// busy writing its body does not read the 413 first
			Thread.sleep(300);
			assertThat(socket.getInputStream().available()).as("bytes answered before the body came").isZero();
			for (int i = 0; i < 100; i++) {
				write(socket, " ".repeat(2048));
				Thread.sleep(5);
			}
			String answer = readToEnd(socket);
			assertThat(answer).startsWith("HTTP/1.1 413").contains("application/problem+json");
		}
	}

	@Test
	void aBodyOverWhatIsReadAndDroppedGetsIts413AndTheConnectionCloses() throws Exception {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(20_000);
			write(socket, "POST /api/estimate HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
					+ "Content-Length: 50000000\r\n\r\n{");
			String answer = readToEnd(socket);
			assertThat(answer).startsWith("HTTP/1.1 413").containsIgnoringCase("connection: close");
		}
	}

	private static void write(Socket socket, String text) throws IOException {
		OutputStream out = socket.getOutputStream();
		out.write(text.getBytes(StandardCharsets.ISO_8859_1));
		out.flush();
	}

	/** What the app sends until it closes the connection. */
	private static String readToEnd(Socket socket) throws IOException {
		InputStream in = socket.getInputStream();
		return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
	}

}
