package io.paasatlas.deploy;

import org.jspecify.annotations.Nullable;

/**
 * A document a kit cites that no provider profile lists: a config file's reference, a tool's documentation. Each
 * renderer names its provider's documents; the ones every kit shares are here.
 *
 * @param asOf the document's date, or the year it was read when it shows none (then {@code note} says so)
 */
record Doc(String title, @Nullable String url, String asOf, @Nullable String note) {

	static final Doc GUNICORN_SETTINGS = new Doc("Gunicorn 23.0.0 docs: Settings (bind, workers)",
			"https://docs.gunicorn.org/en/stable/settings.html#bind", "2024",
			"Version 23.0.0 (2024), the version the kit pins; the same text is in its gunicorn/config.py.");

	static final Doc GUNICORN_SIGNALS = new Doc("Gunicorn 23.0.0 docs: Signal Handling",
			"https://docs.gunicorn.org/en/stable/signals.html", "2024",
			"TERM: graceful shutdown within graceful_timeout (30 s by default); INT and QUIT: quick shutdown.");

	static final Doc WAITRESS_SERVE = new Doc("waitress 3.0.2: waitress-serve --help (--listen=ip:port)",
			"https://docs.pylonsproject.org/projects/waitress/en/stable/runner.html", "2024",
			"Version 3.0.2 (2024), the version the kit pins.");

	static final Doc PYTHON_SIGNAL = new Doc("Python 3 docs: signal (SIGINT is raised as KeyboardInterrupt)",
			"https://docs.python.org/3/library/signal.html", "2024", "Python 3.13 (2024).");

	static final Doc DEBIAN_TRIXIE = new Doc("Debian 13 (trixie) packages python3-flask 3.1.1, gunicorn 23.0.0, "
			+ "python3-waitress 3.0.2, python3 3.13.5", "https://packages.debian.org/trixie/python3-flask", "2026-12-02",
			"Read with apt on 2026-12-02: the versions the container test's stand-in image has.");

	static final Doc SEED = new Doc("Fly.io – Provider Analysis (PaaS Atlas founding document), section 8",
			"/sources/fly-io-provider-analysis", "2025", "The sample app, requirements and Dockerfile the kits start from.");

}
