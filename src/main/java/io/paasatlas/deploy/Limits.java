package io.paasatlas.deploy;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a provider's kit can run, as the form checks it and the cost model prices it. Made with {@link #of} and
 * changed with the {@code with…} methods, so that a renderer states only what differs from the common case.
 *
 * @param defaultRegion the region of a form that names none
 * @param maxRegions how many regions one kit may use
 * @param cron the cron intervals the provider can run
 * @param postgresMemoryMb the memory of the managed PostgreSQL the kit creates, as the cost model's database size
 * @param runsServer whether the kit runs the chosen WSGI server; a platform that serves WSGI itself does not
 * @param workerIsInstance whether a worker runs as one more instance of the kit's size, which the cost model can
 * price; where workers are tasks of a plan the kit's cost is a lower bound
 */
record Limits(String defaultRegion, int maxRegions, Set<CronSchedule> cron, int postgresMemoryMb,
		boolean runsServer, boolean workerIsInstance) {

	Limits {
		cron = Set.copyOf(cron);
	}

	/** One region, every cron interval, a 256 MB database, the chosen server, workers as instances. */
	static Limits of(String defaultRegion) {
		return new Limits(defaultRegion, 1, EnumSet.allOf(CronSchedule.class), 256, true, true);
	}

	Limits withMaxRegions(int max) {
		return new Limits(this.defaultRegion, max, this.cron, this.postgresMemoryMb, this.runsServer,
				this.workerIsInstance);
	}

	Limits withCron(Set<CronSchedule> intervals) {
		return new Limits(this.defaultRegion, this.maxRegions, intervals, this.postgresMemoryMb, this.runsServer,
				this.workerIsInstance);
	}

	Limits withPostgresMemoryMb(int memoryMb) {
		return new Limits(this.defaultRegion, this.maxRegions, this.cron, memoryMb, this.runsServer,
				this.workerIsInstance);
	}

	/** Workers that the cost model cannot price as one more instance: the kit's cost is then a lower bound. */
	Limits withWorkerUnpriced() {
		return new Limits(this.defaultRegion, this.maxRegions, this.cron, this.postgresMemoryMb, this.runsServer, false);
	}

	/** A platform that serves WSGI itself and runs workers as tasks of a plan. */
	Limits servedByPlatform() {
		return new Limits(this.defaultRegion, this.maxRegions, this.cron, this.postgresMemoryMb, false, false);
	}

}
