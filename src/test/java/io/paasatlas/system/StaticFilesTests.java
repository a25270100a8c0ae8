package io.paasatlas.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.util.DigestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Static files are served from {@code spring.web.resources.static-locations}, as {@code ./mvnw spring-boot:run} sets
 * it ({@code src/main/resources/static}, so that an edited stylesheet shows at the next page), under their plain and
 * content-hashed names, with the configured cache life.
 */
@WebMvcTest(ErrorAnswers.class)
class StaticFilesTests {

	private static final String CSS = "body { color: rebeccapurple; }\n";

	private static final Path FOLDER = folder();

	@Autowired
	private MockMvcTester mvc;

	@DynamicPropertySource
	static void staticFilesInAFolder(DynamicPropertyRegistry registry) {
		registry.add("spring.web.resources.static-locations", () -> FOLDER.toUri().toString());
	}

	@Test
	void servesTheConfiguredFolderUnderPlainAndHashedNames() {
		String hash = DigestUtils.md5DigestAsHex(CSS.getBytes(StandardCharsets.UTF_8));

		for (String path : new String[] { "/css/edited.css", "/css/edited-" + hash + ".css" }) {
			assertThat(this.mvc.get().uri(path)).hasStatusOk()
				.hasHeader("Cache-Control", "max-age=31536000, public")
				.hasBodyTextEqualTo(CSS);
		}
		assertThat(this.mvc.get().uri("/css/missing.css")).hasStatus(404);
	}

	private static Path folder() {
		try {
			Path folder = Files.createTempDirectory("static-files");
			Files.createDirectories(folder.resolve("css"));
			Files.writeString(folder.resolve("css/edited.css"), CSS);
			folder.toFile().deleteOnExit();
			return folder;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
