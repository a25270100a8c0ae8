package io.paasatlas.deploy;

import java.util.ArrayList;
import java.util.List;

import io.paasatlas.catalog.Citation;

/**
 * The files every kit shares: the founding analysis' sample Flask app at the module the entry point names, its
 * pinned requirements, and the sample worker and cron job when the kit has them.
 */
final class AppFiles {

	/** Flask, pinned as the WSGI servers are (see {@link WsgiServer}). */
	static final String FLASK = "Flask==3.1.1";

	private AppFiles() {
	}

	static List<KitFile> files(Deployment deployment, boolean runsServer, Facts facts) {
		List<KitFile> files = new ArrayList<>();
		files.add(app(deployment, facts));
		for (String init : deployment.entry().packageFiles()) {
			files.add(Lines.commented().comment("", "Makes this folder a package, so that " + deployment.entry().module()
					+ " can be imported.").file(init, "python"));
		}
		files.add(requirements(deployment, runsServer, facts));
		if (deployment.worker()) {
			files.add(worker());
		}
		if (deployment.cron() != null) {
			files.add(task());
		}
		return files;
	}

	private static KitFile app(Deployment deployment, Facts facts) {
		Citation seed = facts.doc(Doc.SEED);
		String variable = deployment.entry().variable();
		return Lines.commented()
			.comment("", "The founding analysis' sample app, served by this kit. To deploy your own app instead, put its files "
					+ "here and keep " + deployment.entry().text() + " naming its WSGI application (or generate the kit "
					+ "again with your module:variable).")
			.line("from flask import Flask")
			.blank()
			.value("", variable + " = Flask(__name__)", new Annotation(deployment.entry().text(), variable,
					"The WSGI application this kit serves", seed))
			.blank()
			.blank()
			.value("", "@" + variable + ".route(\"/\")", new Annotation("route", Deployment.HEALTH_PATH,
					"The page that health checks request: it must answer 200", seed))
			.line("def hello():")
			.line("    return \"Flask on " + deployment.provider().name().replace("\"", "") + "!\"")
			.file(deployment.entry().path(), "python");
	}

	private static KitFile requirements(Deployment deployment, boolean runsServer, Facts facts) {
		Lines lines = Lines.commented()
			.comment("", "Add your app's own dependencies below. The founding analysis pinned Flask==3.0.0 and "
					+ "gunicorn==21.2.0 (2025); these pins are newer releases.")
			.value("", FLASK, new Annotation("Flask", FLASK.substring(FLASK.indexOf("==") + 2),
					"Pinned to the version the kit's container test builds with", facts.doc(Doc.DEBIAN_TRIXIE)));
		if (runsServer) {
			String pin = deployment.server().requirement();
			lines.value("", pin, new Annotation(deployment.server().key(), pin.substring(pin.indexOf("==") + 2),
					"The WSGI server of the start command, pinned to the version the container test builds with",
					facts.doc(Doc.DEBIAN_TRIXIE)));
		}
		return lines.file("requirements.txt", "text");
	}

	private static KitFile worker() {
		return Lines.commented()
			.comment("", "A sample background worker: replace the loop's body with your own work (a queue consumer, say). "
					+ "It stops cleanly when the platform sends SIGTERM or SIGINT.")
			.line("import signal")
			.line("import threading")
			.blank()
			.line("stopping = threading.Event()")
			.line("signal.signal(signal.SIGTERM, lambda signum, frame: stopping.set())")
			.line("signal.signal(signal.SIGINT, lambda signum, frame: stopping.set())")
			.blank()
			.line("while not stopping.is_set():")
			.line("    print(\"worker: waiting for work\", flush=True)")
			.line("    stopping.wait(60)")
			.file("worker.py", "python");
	}

	private static KitFile task() {
		return Lines.commented()
			.comment("", "A sample cron job: it does its work and exits. A run that never ends blocks or wastes the next "
					+ "ones, so close what you open.")
			.line("import datetime")
			.blank()
			.line("print(\"task: ran at\", datetime.datetime.now(datetime.timezone.utc).isoformat(), flush=True)")
			.file("task.py", "python");
	}

}
