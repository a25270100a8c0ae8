package io.paasatlas.advisor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import io.paasatlas.pricing.Area;
import org.jspecify.annotations.Nullable;

import org.springframework.validation.Errors;

/**
 * The advisor form: the query string of {@code /advisor}, so that advice is a link to share. Every field is text,
 * checked by {@link #validate(Errors)} so that every bad field gets its message at once. A field that is not given
 * takes the value of the {@link AdvisorPreset preset} named by {@code preset}, or the default.
 *
 * @param regions {@link Area} keys, comma-separated: 1 to 12 distinct
 * @param instances always-on instances per area, 1 to 100
 * @param memoryMb memory per instance in MB, 64 to 65,536
 * @param budget US dollars a month, 0 to 100,000
 * @param docker {@code familiar} or {@code unfamiliar}
 */
record AdvisorForm(@Nullable String preset, String regions, String instances, String memoryMb, String budget,
		String docker, String postgres, String workers, String cron, String autoscaling, String freeTier,
		String allowSleep) {

	/** The fields that take {@code true} or {@code false}. */
	static final List<String> FLAGS = List.of("postgres", "workers", "cron", "autoscaling", "freeTier", "allowSleep");

	AdvisorForm {
		AdvisorPreset base = AdvisorPreset.of(preset).orElse(null);
		regions = or(regions, (base != null) ? base.regions : "us-east");
		instances = or(instances, (base != null) ? base.instances : "1");
		memoryMb = or(memoryMb, (base != null) ? base.memoryMb : "512");
		budget = or(budget, (base != null) ? base.budget : "25");
		docker = or(docker, (base != null) ? base.docker : "familiar");
		postgres = or(postgres, (base != null) ? base.postgres : "false");
		workers = or(workers, (base != null) ? base.workers : "false");
		cron = or(cron, (base != null) ? base.cron : "false");
		autoscaling = or(autoscaling, (base != null) ? base.autoscaling : "false");
		freeTier = or(freeTier, (base != null) ? base.freeTier : "false");
		allowSleep = or(allowSleep, (base != null) ? base.allowSleep : "false");
	}

	private static String or(@Nullable String value, String fallback) {
		return (value != null) ? value : fallback;
	}

	/** Rejects each bad field with a message code {@code advisor.error.<field>}. */
	void validate(Errors errors) {
		if (this.preset != null && !this.preset.isBlank() && AdvisorPreset.of(this.preset).isEmpty()) {
			errors.rejectValue("preset", "advisor.error.preset", "unknown preset");
		}
		if (areas().isEmpty()) {
			errors.rejectValue("regions", "advisor.error.regions", "unknown region");
		}
		if (whole(this.instances, 1, 100) == null) {
			errors.rejectValue("instances", "advisor.error.instances", "bad instances");
		}
		if (whole(this.memoryMb, 64, 65536) == null) {
			errors.rejectValue("memoryMb", "advisor.error.memoryMb", "bad memory");
		}
		if (budgetUsd() == null) {
			errors.rejectValue("budget", "advisor.error.budget", "bad budget");
		}
		if (!this.docker.equals("familiar") && !this.docker.equals("unfamiliar")) {
			errors.rejectValue("docker", "advisor.error.docker", "bad docker");
		}
		String[] flags = { this.postgres, this.workers, this.cron, this.autoscaling, this.freeTier, this.allowSleep };
		for (int i = 0; i < flags.length; i++) {
			if (!flags[i].equals("true") && !flags[i].equals("false")) {
				errors.rejectValue(FLAGS.get(i), "advisor.error.flag", "must be true or false");
			}
		}
	}

	/** The needs; only for a valid form. */
	Needs toNeeds() {
		return new Needs(areas(), valid(whole(this.instances, 1, 100)), valid(whole(this.memoryMb, 64, 65536)), valid(budgetUsd()),
				this.docker.equals("familiar"), flag(this.postgres), flag(this.workers), flag(this.cron),
				flag(this.autoscaling), flag(this.freeTier), flag(this.allowSleep),
				chosenPreset().map(AdvisorPreset::project).orElse(null));
	}

	public Optional<AdvisorPreset> chosenPreset() {
		return AdvisorPreset.of(this.preset);
	}

	/** Whether the regions name this area; leniently, for showing the form whether valid or not. */
	public boolean hasRegion(String key) {
		return Arrays.stream(this.regions.split(",")).map(Area::of).anyMatch((a) -> a.isPresent() && a.get().key().equals(key));
	}

	/** The areas, or none when the list is empty, too long, or has an unknown or repeated key. */
	List<Area> areas() {
		if (this.regions.isBlank() || this.regions.length() > 400) {
			return List.of();
		}
		String[] keys = this.regions.split(",", -1);
		if (keys.length > 12) {
			return List.of();
		}
		List<Area> areas = new ArrayList<>();
		Set<Area> seen = new HashSet<>();
		for (String key : keys) {
			Optional<Area> area = Area.of(key);
			if (area.isEmpty() || !seen.add(area.get())) {
				return List.of();
			}
			areas.add(area.get());
		}
		return areas;
	}

	private @Nullable BigDecimal budgetUsd() {
		try {
			BigDecimal value = new BigDecimal(this.budget.strip());
			return (value.signum() >= 0 && value.compareTo(new BigDecimal("100000")) <= 0 && value.scale() <= 2)
					? value : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static <T> T valid(@Nullable T value) {
		return Objects.requireNonNull(value, "only for a valid form");
	}

	private static @Nullable Integer whole(String text, int min, int max) {
		if (!text.strip().matches("[0-9]{1,9}")) {
			return null;
		}
		int value = Integer.parseInt(text.strip());
		return (value >= min && value <= max) ? value : null;
	}

	private static boolean flag(String text) {
		return text.equals("true");
	}

}
