package io.paasatlas.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;
import org.thymeleaf.cache.StandardCache;
import org.thymeleaf.spring6.SpringTemplateEngine;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.expression.spel.standard.SpelCompiler;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Templates' expressions compiled to bytecode render what interpreted ones did, and stay cached long enough to be
 * compiled ({@link TemplateCaches}). SpEL's mixed mode compiles an expression once it has been evaluated 100 times,
 * so a page is rendered more often than that (a new URL each time: the page cache keeps no first-time URL) and its
 * last rendering is compared with its first.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CompiledExpressionsTests {

	// SpelExpression.INTERPRETED_COUNT_THRESHOLD is 100: the last renderings are compiled ones
	private static final int RENDERINGS = 103;

	@LocalServerPort
	int port;

	@Autowired
	SpringTemplateEngine templates;

	final HttpClient http = HttpClient.newHttpClient();

	@ParameterizedTest
	// the two templates with the most expressions (detail, estimate); the layout's are in both
	@ValueSource(strings = { "/providers/fly-io?", "/estimate?preset=global-flask&" })
	void aPageRendersTheSameOnceItsExpressionsAreCompiled(String page) throws Exception {
		assertThat(this.templates.getEnableSpringELCompiler()).isTrue();
		// SpelCompiler says at debug level what it compiles: the renderings below did compile expressions
		Logger compiler = (Logger) LoggerFactory.getLogger(SpelCompiler.class);
		Level level = compiler.getLevel();
		ListAppender<ILoggingEvent> said = new ListAppender<>();
		said.start();
		compiler.addAppender(said);
		compiler.setLevel(Level.DEBUG);
		String first;
		String last;
		try {
			first = render(page, 0);
			last = first;
			for (int i = 1; i < RENDERINGS; i++) {
				last = render(page, i);
			}
		}
		finally {
			compiler.setLevel(level);
			compiler.detachAppender(said);
		}
		assertThat(said.list).extracting(ILoggingEvent::getFormattedMessage)
			.anyMatch((message) -> message.startsWith("SpEL: compiling"))
			.noneMatch((message) -> message.startsWith("Failed to instantiate"));
		assertThat(last).isEqualTo(first);
		// nothing was evicted, or an expression parsed again would start counting from 0 and never be compiled
		StandardCache<?, ?> expressions = (StandardCache<?, ?>) this.templates.getConfiguration()
			.getCacheManager()
			.getExpressionCache();
		assertThat(expressions.getMaxSize()).isEqualTo(TemplateCaches.EXPRESSIONS);
		assertThat(expressions.size()).isLessThan(expressions.getMaxSize());
	}

	private String render(String page, int i) throws Exception {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + page + "render=" + i))
			.header("Accept", "text/html")
			.build();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(page).isEqualTo(200);
		return response.body();
	}

}
