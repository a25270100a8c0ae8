package io.paasatlas.deploy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A WSGI entry point, {@code module:variable}: the module of the application object and the variable that holds it,
 * as gunicorn, waitress and a WSGI file import it. Only ASCII identifiers that are not Python keywords, so that the
 * kit's sample module, its path and every start command can be written from it without quoting.
 */
record WsgiEntry(String module, String variable) {

	static final WsgiEntry DEFAULT = new WsgiEntry("app", "app");

	private static final Pattern FORMAT = Pattern
		.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*:[A-Za-z_][A-Za-z0-9_]*");

	/** Python 3's keywords (keyword.kwlist): none can name a module or a variable. */
	private static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async",
			"await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
			"global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
			"while", "with", "yield");

	static Optional<WsgiEntry> parse(@Nullable String text) {
		if (text == null || text.length() > 100 || !FORMAT.matcher(text).matches()) {
			return Optional.empty();
		}
		int colon = text.indexOf(':');
		WsgiEntry entry = new WsgiEntry(text.substring(0, colon), text.substring(colon + 1));
		boolean keyword = Arrays.stream(text.split("[.:]")).anyMatch(KEYWORDS::contains);
		return keyword ? Optional.empty() : Optional.of(entry);
	}

	/** {@code module:variable}, as start commands take it. */
	public String text() {
		return this.module + ":" + this.variable;
	}

	/** The file of the module: {@code app.py}, {@code web/main.py}. */
	public String path() {
		return this.module.replace('.', '/') + ".py";
	}

	/** The {@code __init__.py} of each package the module is in, outermost first; none for a top-level module. */
	public List<String> packageFiles() {
		List<String> files = new ArrayList<>();
		String[] parts = this.module.split("\\.");
		StringBuilder dir = new StringBuilder();
		for (int i = 0; i < parts.length - 1; i++) {
			dir.append(parts[i]).append('/');
			files.add(dir + "__init__.py");
		}
		return files;
	}

}
