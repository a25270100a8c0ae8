package io.paasatlas.system;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import sun.misc.Signal;

import org.springframework.boot.context.event.ApplicationStartingEvent;
import org.springframework.context.ApplicationListener;

/**
 * Makes SIGINT (Fly.io's default kill signal, and Ctrl-C) and SIGTERM end the app with exit status 0 once the graceful
 * shutdown is done. The JVM's own handlers exit with 130 and 143, which a supervisor reads as a crash. This handler
 * calls {@code System.exit(0)}, which runs the shutdown hooks exactly as before: Spring's hook closes the context,
 * Tomcat stops accepting connections and lets the requests in flight finish (up to
 * {@code spring.lifecycle.timeout-per-shutdown-phase}), the database pool closes, then the JVM exits with 0. Other
 * exits keep their status: a failed start still exits 1.
 */
class GracefulExit implements ApplicationListener<ApplicationStartingEvent> {

	static final List<String> SIGNALS = List.of("INT", "TERM");

	private static final AtomicBoolean installed = new AtomicBoolean();

	@Override
	public void onApplicationEvent(ApplicationStartingEvent event) {
		install();
	}

	/** Installs the handlers once per JVM; a JVM that keeps the signals to itself (-Xrs) keeps its defaults. */
	static void install() {
		if (!installed.compareAndSet(false, true)) {
			return;
		}
		for (String name : SIGNALS) {
			try {
				Signal.handle(new Signal(name), GracefulExit::exit);
			}
			catch (IllegalArgumentException ex) {
				// the signal is reserved by the JVM (-Xrs) or unknown on this OS: the default handling stays
			}
		}
	}

	private static void exit(Signal signal) {
		Log logger = LogFactory.getLog(GracefulExit.class);
		logger.info("SIG" + signal.getName() + " received: finishing the requests in flight, then exiting with 0");
		System.exit(0);
	}

}
