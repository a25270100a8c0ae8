package io.paasatlas.system;

import org.junit.jupiter.api.Test;

import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import static org.assertj.core.api.Assertions.assertThat;

/** The templates' indentation and comments leave the page; white space that is content stays. */
class CompactHtmlDialectTests {

	@Test
	void dropsIndentationAndCommentsButKeepsPreformattedText() {
		SpringTemplateEngine engine = new SpringTemplateEngine();
		StringTemplateResolver resolver = new StringTemplateResolver();
		resolver.setTemplateMode(TemplateMode.HTML);
		engine.setTemplateResolver(resolver);
		engine.addDialect(new CompactHtmlDialect());
		Context context = new Context();
		context.setVariable("code", "def app():\n    return 'hi'\n");

		String html = engine.process("""
				<main>
				    <!-- for the template's reader -->
				    <p>One  fact,
				        two words</p>
				    <pre><code th:text="${code}">code</code></pre>
				    <textarea>
				  kept </textarea>
				</main>
				""", context);

		// the comment's line is left empty: the line breaks on either side of it are separate texts
		assertThat(html).isEqualTo("""
				<main>

				<p>One  fact,
				two words</p>
				<pre><code>def app():
				    return &#39;hi&#39;
				</code></pre>
				<textarea>
				  kept </textarea>
				</main>
				""");
	}

	@Test
	void tellsIndentationAloneAsThePatternDoes() {
		String[] texts = { "\n", "  \n    ", "\t\r\n\n  \f\u000B", " \n x\n", "x\n", "  ", "\u2003\n", "\n\u2003",
				"\u00a0\n", "\r\r\n" };
		for (String text : texts) {
			assertThat(CompactHtmlDialect.Handler.onlyBreakingSpace(text)).as(text.replace("\n", "\\n"))
				.isEqualTo(text.matches("[ \\t\\r]*\\n\\s*"));
		}
	}

}
