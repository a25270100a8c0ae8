package io.paasatlas.deploy;

import java.util.Arrays;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * How often the kit's cron job runs: the intervals Fly.io's scheduled Machines take (hourly, daily, weekly,
 * monthly), each also as the crontab expression the crontab-based platforms take (at minute 0, midnight UTC,
 * Sunday, the 1st). Platforms that offer fewer intervals say so in their renderer.
 */
enum CronSchedule {

	HOURLY("hourly", "hour", "0 * * * *"), DAILY("daily", "day", "0 0 * * *"), WEEKLY("weekly", "week", "0 0 * * 0"),
	MONTHLY("monthly", "month", "0 0 1 * *");

	private final String key;

	private final String unit;

	private final String crontab;

	CronSchedule(String key, String unit, String crontab) {
		this.key = key;
		this.unit = unit;
		this.crontab = crontab;
	}

	static Optional<CronSchedule> of(@Nullable String key) {
		return Arrays.stream(values()).filter((c) -> c.key.equals(key)).findFirst();
	}

	public String key() {
		return this.key;
	}

	/** The interval as a noun: {@code hour}, {@code day}. */
	public String unit() {
		return this.unit;
	}

	public String crontab() {
		return this.crontab;
	}

}
