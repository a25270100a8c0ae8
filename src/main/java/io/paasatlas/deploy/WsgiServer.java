package io.paasatlas.deploy;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The WSGI server that runs the app, with its pinned version and how it is started and stopped. The pins are the
 * versions in Debian 13 (trixie), which the container test's stand-in for the {@code python} image installs, so the
 * kit's Dockerfile builds there without a package index (see {@code scripts/kit-smoke.sh}).
 */
enum WsgiServer {

	GUNICORN("gunicorn", "gunicorn==23.0.0", "SIGTERM", Doc.GUNICORN_SETTINGS, Doc.GUNICORN_SIGNALS,
			"gunicorn stops gracefully on SIGTERM, letting requests finish for up to 30 s (graceful_timeout); SIGINT, Fly.io's default, stops it at once"),

	WAITRESS("waitress", "waitress==3.0.2", "SIGINT", Doc.WAITRESS_SERVE, Doc.PYTHON_SIGNAL,
			"Python turns SIGINT, Fly.io's default kill signal, into KeyboardInterrupt, which ends waitress-serve's loop");

	static final WsgiServer DEFAULT = GUNICORN;

	private final String key;

	private final String requirement;

	private final String stopSignal;

	private final Doc commandDoc;

	private final Doc stopDoc;

	private final String stopReason;

	WsgiServer(String key, String requirement, String stopSignal, Doc commandDoc, Doc stopDoc, String stopReason) {
		this.key = key;
		this.requirement = requirement;
		this.stopSignal = stopSignal;
		this.commandDoc = commandDoc;
		this.stopDoc = stopDoc;
		this.stopReason = stopReason;
	}

	static Optional<WsgiServer> of(@Nullable String key) {
		return Arrays.stream(values()).filter((s) -> s.key.equals(key)).findFirst();
	}

	public String key() {
		return this.key;
	}

	/** The line of requirements.txt. */
	String requirement() {
		return this.requirement;
	}

	/** The signal that stops the server gracefully. */
	String stopSignal() {
		return this.stopSignal;
	}

	String stopReason() {
		return this.stopReason;
	}

	Doc commandDoc() {
		return this.commandDoc;
	}

	Doc stopDoc() {
		return this.stopDoc;
	}

	/** The command that serves the entry on {@code host:port}, as arguments (exec form). */
	List<String> command(WsgiEntry entry, String address) {
		return switch (this) {
			case GUNICORN -> List.of("gunicorn", "--bind", address, entry.text());
			case WAITRESS -> List.of("waitress-serve", "--listen=" + address, entry.text());
		};
	}

	/** The same command for a shell that expands the platform's {@code $PORT}. */
	String shellCommand(WsgiEntry entry) {
		return String.join(" ", command(entry, "0.0.0.0:$PORT"));
	}

}
