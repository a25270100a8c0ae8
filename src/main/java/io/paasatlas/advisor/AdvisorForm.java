package io.paasatlas.advisor;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import io.paasatlas.pricing.Area;
import io.paasatlas.validation.AreaKeys;
import io.paasatlas.validation.Instances;
import io.paasatlas.validation.MemoryMb;
import io.paasatlas.validation.Quantity;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The advisor form: the query string of {@code /advisor}, so that advice is a link to share. Every field is text,
 * checked by Bean Validation as the estimate form is, with the same limits for the same quantities, so that every bad
 * field gets its message at once. A field that is not given takes the value of the {@link AdvisorPreset preset}
 * named by {@code preset}, or the default.
 *
 * @param regions {@link Area} keys, comma-separated: 1 to 12 distinct
 * @param instances always-on instances per area, 1 to 1,000
 * @param memoryMb memory per instance in MB, 64 to 1,048,576
 * @param budget US dollars a month, 0 to 100,000, at most two decimals
 * @param docker {@code familiar} or {@code unfamiliar}
 */
record AdvisorForm(@Nullable @AdvisorPreset.Key String preset, @AreaKeys String regions, @Instances String instances,
		@MemoryMb String memoryMb,
		@Quantity(min = "0", max = "100000", scale = 2, message = "{advisor.error.budget}") String budget,
		@Pattern(regexp = "familiar|unfamiliar", message = "{advisor.error.docker}") String docker,
		@Pattern(regexp = FLAG, message = "{advisor.error.flag}") String postgres,
		@Pattern(regexp = FLAG, message = "{advisor.error.flag}") String workers,
		@Pattern(regexp = FLAG, message = "{advisor.error.flag}") String cron,
		@Pattern(regexp = FLAG, message = "{advisor.error.flag}") String autoscaling,
		@Pattern(regexp = FLAG, message = "{advisor.error.flag}") String freeTier,
		@Pattern(regexp = FLAG, message = "{advisor.error.flag}") String allowSleep) {

	/** What a flag ({@code postgres}, {@code workers}, …) takes. */
	static final String FLAG = "true|false";

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

	/** The needs; only for a valid form. */
	Needs toNeeds() {
		return new Needs(areas(), Integer.parseInt(this.instances.strip()), Integer.parseInt(this.memoryMb.strip()),
				new BigDecimal(this.budget.strip()), this.docker.equals("familiar"), flag(this.postgres),
				flag(this.workers), flag(this.cron), flag(this.autoscaling), flag(this.freeTier), flag(this.allowSleep),
				chosenPreset().map(AdvisorPreset::project).orElse(null));
	}

	public Optional<AdvisorPreset> chosenPreset() {
		return AdvisorPreset.of(this.preset);
	}

	/** Whether the regions name this area; leniently, for showing the form whether valid or not. */
	public boolean hasRegion(String key) {
		return Arrays.stream(this.regions.split(",")).map(Area::of).anyMatch((a) -> a.isPresent() && a.get().key().equals(key));
	}

	/** The fields, in the form's order: the record's components (the API lists errors in this order). */
	static final List<String> FIELDS = Arrays.stream(AdvisorForm.class.getRecordComponents())
		.map(RecordComponent::getName)
		.toList();

	/** The areas; only for a valid form. */
	List<Area> areas() {
		return Arrays.stream(this.regions.split(",")).map((key) -> Area.of(key).orElseThrow()).toList();
	}

	private static boolean flag(String text) {
		return text.equals("true");
	}

}
