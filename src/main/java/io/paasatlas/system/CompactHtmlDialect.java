package io.paasatlas.system;

import java.util.Set;
import java.util.regex.Pattern;

import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IPostProcessorDialect;
import org.thymeleaf.engine.AbstractTemplateHandler;
import org.thymeleaf.model.ICloseElementTag;
import org.thymeleaf.model.IComment;
import org.thymeleaf.model.IOpenElementTag;
import org.thymeleaf.model.IText;
import org.thymeleaf.postprocessor.IPostProcessor;
import org.thymeleaf.postprocessor.PostProcessor;
import org.thymeleaf.templatemode.TemplateMode;

import org.springframework.stereotype.Component;

/**
 * Drops the templates' indentation from the pages: every run of white space that holds a line break becomes one line
 * break, which a browser renders the same. Text inside {@code pre} and {@code textarea}, where white space is
 * content, is left alone; the templates' comments are left out. Indentation was about a tenth of each page's bytes.
 */
@Component
class CompactHtmlDialect extends AbstractDialect implements IPostProcessorDialect {

	CompactHtmlDialect() {
		super("compact-html");
	}

	@Override
	public int getDialectPostProcessorPrecedence() {
		return 1000;
	}

	@Override
	public Set<IPostProcessor> getPostProcessors() {
		return Set.of(new PostProcessor(TemplateMode.HTML, Handler.class, 1000));
	}

	/** One per rendering, as Thymeleaf creates it. */
	public static final class Handler extends AbstractTemplateHandler {

		private static final Pattern BREAKING_SPACE = Pattern.compile("[ \\t\\r]*\\n\\s*");

		private int preformatted;

		@Override
		public void handleOpenElement(IOpenElementTag tag) {
			if (isPreformatted(tag.getElementCompleteName())) {
				this.preformatted++;
			}
			super.handleOpenElement(tag);
		}

		@Override
		public void handleCloseElement(ICloseElementTag tag) {
			if (isPreformatted(tag.getElementCompleteName()) && this.preformatted > 0) {
				this.preformatted--;
			}
			super.handleCloseElement(tag);
		}

		@Override
		public void handleText(IText text) {
			String content = text.getText();
			if (this.preformatted > 0 || content.indexOf('\n') < 0) {
				super.handleText(text);
				return;
			}
			// most texts are a template's indentation alone: one line break, without running the pattern
			String compact = onlyBreakingSpace(content) ? "\n" : BREAKING_SPACE.matcher(content).replaceAll("\n");
			super.handleText((compact.length() == content.length()) ? text
					: getContext().getModelFactory().createText(compact));
		}

		/** Whether all of {@code text} is one match of {@link #BREAKING_SPACE}. */
		static boolean onlyBreakingSpace(String text) {
			int i = 0;
			while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\r')) {
				i++;
			}
			if (i == text.length() || text.charAt(i) != '\n') {
				return false;
			}
			for (i++; i < text.length(); i++) {
				// the pattern's \s: [ \t\n\x0B\f\r]
				if (" \t\n\u000B\f\r".indexOf(text.charAt(i)) < 0) {
					return false;
				}
			}
			return true;
		}

		@Override
		public void handleComment(IComment comment) {
			// a note for the template's reader, not for the page's
		}

		private static boolean isPreformatted(String element) {
			return element.equalsIgnoreCase("pre") || element.equalsIgnoreCase("textarea");
		}

	}

}
