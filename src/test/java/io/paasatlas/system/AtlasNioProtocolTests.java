package io.paasatlas.system;

import java.util.ArrayList;
import java.util.List;

import org.apache.coyote.Request;
import org.apache.coyote.Response;
import org.apache.coyote.http11.Http11NioProtocol;
import org.apache.tomcat.util.http.MimeHeaders;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The connector's compression decision is Tomcat's own, only quicker for an answer that is gzipped already: the same
 * verdict and the same headers afterwards (Tomcat adds {@code Vary} and drops an {@code identity} encoding).
 */
class AtlasNioProtocolTests {

	@ParameterizedTest
	@ValueSource(strings = { "", "gzip", "GZIP", "gzip, identity", "identity", "br", "gzip|identity", "gzip|gzip",
			"deflate" })
	void decidesAsTomcatDoes(String encodings) {
		for (String acceptEncoding : List.of("gzip", "identity")) {
			Exchange tomcat = exchange(encodings, acceptEncoding);
			Exchange ours = exchange(encodings, acceptEncoding);
			boolean expected = configured(new Http11NioProtocol()).useCompression(tomcat.request(), tomcat.response());
			boolean actual = configured(new AtlasNioProtocol()).useCompression(ours.request(), ours.response());
			assertThat(actual).as("%s, Accept-Encoding %s", encodings, acceptEncoding).isEqualTo(expected);
			assertThat(headers(ours.response())).isEqualTo(headers(tomcat.response()));
			// the fixture is one Tomcat would compress when nothing says otherwise
			assertThat(expected).isEqualTo(encodings.isEmpty() && acceptEncoding.equals("gzip"));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "gzip", "GZIP" })
	void aSingleGzipEncodingNeedsNoDecision(String encoding) {
		MimeHeaders headers = new MimeHeaders();
		headers.addValue("Content-Encoding").setString(encoding);
		assertThat(AtlasNioProtocol.gzippedOnly(headers)).isTrue();
		headers.addValue("Content-Encoding").setString("identity");
		assertThat(AtlasNioProtocol.gzippedOnly(headers)).isFalse();
		assertThat(AtlasNioProtocol.gzippedOnly(new MimeHeaders())).isFalse();
	}

	/** The app's settings (application.properties), as Boot gives them to the protocol. */
	private static Http11NioProtocol configured(Http11NioProtocol protocol) {
		protocol.setCompression("on");
		protocol.setCompressionMinSize(1024);
		protocol.setCompressibleMimeType("text/html,text/css,image/svg+xml,application/json");
		return protocol;
	}

	/** A 5,000-byte HTML answer with the {@code |}-separated encodings, to a request accepting {@code accept}. */
	private static Exchange exchange(String encodings, String accept) {
		Request request = new Request();
		request.getMimeHeaders().addValue("Accept-Encoding").setString(accept);
		Response response = new Response();
		response.setContentType("text/html;charset=UTF-8");
		response.setContentLength(5000);
		if (!encodings.isEmpty()) {
			for (String encoding : encodings.split("\\|")) {
				response.getMimeHeaders().addValue("Content-Encoding").setString(encoding);
			}
		}
		return new Exchange(request, response);
	}

	private static List<String> headers(Response response) {
		List<String> lines = new ArrayList<>();
		MimeHeaders headers = response.getMimeHeaders();
		for (int i = 0; i < headers.size(); i++) {
			lines.add(headers.getName(i) + ": " + headers.getValue(i));
		}
		return lines;
	}

	private record Exchange(Request request, Response response) {
	}

}
