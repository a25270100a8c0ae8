package io.paasatlas.deploy;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Writes a text file line by line with its {@link Annotation}s: as comments above the values in formats that have
 * comments, and collected for the page either way. Comments wrap at 118 characters.
 */
final class Lines {

	private static final int WIDTH = 118;

	private final StringBuilder text = new StringBuilder();

	private final List<Annotation> annotations = new ArrayList<>();

	/** What starts a comment line; {@code null} for a format without comments. */
	private final @Nullable String prefix;

	private Lines(@Nullable String prefix) {
		this.prefix = prefix;
	}

	/** A file in a format with {@code #} comments: TOML, YAML, a Dockerfile, Python, requirements.txt. */
	static Lines commented() {
		return new Lines("#");
	}

	/** A file in a format whose comments start with {@code //}: TypeScript. */
	static Lines slashCommented() {
		return new Lines("//");
	}

	/** A file without comments: a Procfile, {@code .python-version}. */
	static Lines plain() {
		return new Lines(null);
	}

	/** A comment of its own (only in a commented format). */
	Lines comment(String indent, String text) {
		if (this.prefix != null) {
			wrap(indent, this.prefix, text);
		}
		return this;
	}

	Lines line(String line) {
		this.text.append(line).append('\n');
		return this;
	}

	Lines blank() {
		return line("");
	}

	/** A line that sets a value, with why and where from. */
	Lines value(String indent, String line, Annotation annotation) {
		this.annotations.add(annotation);
		comment(indent, annotation.comment());
		return line(indent + line);
	}

	/** An annotation of a value written elsewhere in the file (or of the file as a whole). */
	Lines note(Annotation annotation) {
		this.annotations.add(annotation);
		return this;
	}

	KitFile file(String path, String language) {
		return new KitFile(path, language, this.text.toString(), this.annotations, this.prefix != null);
	}

	private void wrap(String indent, String prefix, String text) {
		StringBuilder line = new StringBuilder(indent).append(prefix);
		for (String word : text.split(" ")) {
			if (line.length() + 1 + word.length() > WIDTH && line.length() > indent.length() + prefix.length()) {
				this.text.append(line).append('\n');
				line = new StringBuilder(indent).append(prefix);
			}
			line.append(' ').append(word);
		}
		this.text.append(line).append('\n');
	}

	/** A TOML basic string or a YAML double-quoted string: both escape backslash and double quote alike. */
	static String quoted(String value) {
		return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
	}

}
