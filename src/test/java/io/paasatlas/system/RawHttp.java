package io.paasatlas.system;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP/1.1 exchange on a plain socket, for requests an HTTP client refuses to send: a {@code Host} header of the
 * caller's choosing, a request line over 8 kB, a NUL in the path.
 *
 * @param status the status code
 * @param headers the response headers, names in lower case, repeated ones joined with {@code ", "}
 * @param body the body as sent (chunked bodies are left as they are)
 */
record RawHttp(int status, Map<String, String> headers, byte[] body) {

	/** Sends the request line and headers (the {@code Connection: close} is added) and reads the answer to its end. */
	static RawHttp exchange(int port, String requestLine, String... headers) throws IOException {
		StringBuilder request = new StringBuilder(requestLine).append("\r\n");
		boolean host = false;
		for (String header : headers) {
			request.append(header).append("\r\n");
			host |= header.regionMatches(true, 0, "Host:", 0, 5);
		}
		if (!host) {
			request.append("Host: localhost\r\n");
		}
		request.append("Connection: close\r\n\r\n");
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			return parse(socket.getInputStream().readAllBytes());
		}
	}

	/**
	 * Several exchanges on one kept-alive connection, each request with the given headers: one after the other's
	 * answer, or all sent at once ({@code pipelined}). Answers are read by their {@code Content-Length}.
	 */
	static List<RawHttp> keptAlive(int port, boolean pipelined, List<String> requestLines, String... headers)
			throws IOException {
		List<RawHttp> answers = new ArrayList<>();
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			InputStream in = socket.getInputStream();
			for (int i = 0; i < requestLines.size(); i++) {
				if (!pipelined || i == 0) {
					for (int j = i; j < (pipelined ? requestLines.size() : i + 1); j++) {
						StringBuilder request = new StringBuilder(requestLines.get(j)).append("\r\nHost: localhost\r\n");
						for (String header : headers) {
							request.append(header).append("\r\n");
						}
						out.write(request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
					}
					out.flush();
				}
				answers.add(readAnswer(in, requestLines.get(i).startsWith("HEAD ")));
			}
		}
		return answers;
	}

	/** One answer from the stream: its headers, then as many bytes of body as its Content-Length says. */
	static RawHttp readAnswer(InputStream in, boolean head) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		int matched = 0;
		while (matched < 4) {
			int b = in.read();
			if (b < 0) {
				throw new EOFException("the connection closed within an answer's headers: " + bytes);
			}
			bytes.write(b);
			matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : ((b == '\r') ? 1 : 0);
		}
		RawHttp answer = parse(bytes.toByteArray());
		String length = answer.headers().get("content-length");
		if (head || answer.status() == 304 || length == null) {
			return answer;
		}
		return new RawHttp(answer.status(), answer.headers(), in.readNBytes(Integer.parseInt(length)));
	}

	private static RawHttp parse(byte[] bytes) {
		String text = new String(bytes, StandardCharsets.ISO_8859_1);
		int end = text.indexOf("\r\n\r\n");
		String head = (end >= 0) ? text.substring(0, end) : text;
		String[] lines = head.split("\r\n");
		int status = Integer.parseInt(lines[0].split(" ")[1]);
		Map<String, String> headers = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			headers.merge(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
					lines[i].substring(colon + 1).strip(), (a, b) -> a + ", " + b);
		}
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		if (end >= 0) {
			body.write(bytes, end + 4, bytes.length - end - 4);
		}
		return new RawHttp(status, headers, body.toByteArray());
	}

	String text() {
		return new String(this.body, StandardCharsets.UTF_8);
	}

}
