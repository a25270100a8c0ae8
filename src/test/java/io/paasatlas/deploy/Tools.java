package io.paasatlas.deploy;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * The programs the kit tests run: Python and the WSGI servers (Debian's python3-flask, gunicorn, python3-waitress,
 * python-is-python3), and npx. A missing one skips the test with a message; under {@code CI=true} it fails it, so
 * that CI can never pass without running them (.ci/run installs them).
 */
final class Tools {

	private Tools() {
	}

	/** The tool's path on PATH; skips (fails under CI=true) when it is missing. */
	static Path require(String tool, String hint) {
		for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
			Path candidate = Path.of(dir, tool);
			if (Files.isExecutable(candidate)) {
				return candidate;
			}
		}
		String message = tool + " is not on PATH (" + hint + ")";
		if ("true".equals(System.getenv("CI"))) {
			throw new IllegalStateException(message + ". CI=true: this test must run, so this is a failure.");
		}
		Assumptions.abort(message + "; skipped (it fails under CI=true).");
		throw new AssertionError("unreachable");
	}

	/** Runs a command to its end, at most {@code seconds}; the exit status and the output (stdout and stderr). */
	static Result run(Path directory, Map<String, String> environment, int seconds, String... command)
			throws IOException, InterruptedException {
		Path output = Files.createTempFile("kit-tool", ".log");
		try {
			ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
				.redirectErrorStream(true).redirectOutput(output.toFile());
			builder.environment().putAll(environment);
			Process process = builder.start();
			if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor();
				throw new AssertionError(String.join(" ", command) + " did not end within " + seconds + " s:\n"
						+ Files.readString(output));
			}
			return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
		}
		finally {
			Files.deleteIfExists(output);
		}
	}

	static List<String> command(String... parts) {
		return new ArrayList<>(Arrays.asList(parts));
	}

	record Result(int exitCode, String output) {
	}

}
