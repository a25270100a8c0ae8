package io.paasatlas.deploy;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import io.paasatlas.catalog.Citation;
import io.paasatlas.catalog.ProviderProfile.ComputeOffer;

/**
 * The machine, plan or dyno a kit runs on for the memory asked for, as the provider names it.
 *
 * @param id the name in the provider's files ({@code shared-cpu-1x}, {@code starter}, {@code basic})
 * @param memoryMb its memory; what the cost model prices
 * @param vcpus its vCPUs; 1 where the provider states none
 */
record Size(String id, String label, int memoryMb, BigDecimal vcpus, Citation source) {

	/**
	 * The smallest usable offer of the profile with at least this memory, whatever its price: for sizes the profile
	 * names without a US-dollar price (the cost model prices them from the billing block). {@code id} names it as the
	 * provider's files and commands do.
	 */
	static Optional<Size> smallestNamed(Facts facts, int memoryMb, Predicate<ComputeOffer> usable,
			Function<ComputeOffer, String> id, Citation source) {
		return facts.profile().pricing().computeOffers().stream()
			.filter((o) -> o.memoryMb() != null && o.memoryMb() >= memoryMb)
			.filter(usable)
			.min(Comparator.comparing((ComputeOffer o) -> Objects.requireNonNull(o.memoryMb())))
			.map((o) -> {
				int memory = Objects.requireNonNull(o.memoryMb());
				return new Size(id.apply(o), o.preset() + ", " + memory + " MB", memory,
						(o.vcpus() != null) ? o.vcpus() : BigDecimal.ONE, source);
			});
	}

	/**
	 * The smallest always-on plan of the profile's compute offers with at least this memory and a known price, the
	 * cheaper of two the same size; its id is the plan's name in lower case, as config files write it.
	 */
	static Optional<Size> smallestOffer(Facts facts, int memoryMb, Predicate<ComputeOffer> usable) {
		return smallestOffer(facts, memoryMb, usable, (o) -> o.preset().toLowerCase(Locale.ROOT));
	}

	/** The same, with {@code id} naming the plan as the provider writes it (Sevalla's pods: {@code C1}, {@code S2}). */
	static Optional<Size> smallestOffer(Facts facts, int memoryMb, Predicate<ComputeOffer> usable,
			Function<ComputeOffer, String> id) {
		return facts.profile().pricing().computeOffers().stream()
			.filter((o) -> o.memoryMb() != null && o.memoryMb() >= memoryMb && o.isAlwaysOn() && o.monthlyUsd().known())
			.filter(usable)
			.min(Comparator.comparing(ComputeOffer::memoryMb).thenComparing((o) -> o.monthlyUsd().value()))
			.map((o) -> new Size(id.apply(o), o.preset() + ", " + o.memoryMb() + " MB",
					Objects.requireNonNull(o.memoryMb()), (o.vcpus() != null) ? o.vcpus() : BigDecimal.ONE,
					facts.of(o, facts.profile().pricing())));
	}

}
