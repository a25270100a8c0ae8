package io.paasatlas.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import io.paasatlas.catalog.AsOf;
import io.paasatlas.catalog.Billing;
import io.paasatlas.catalog.Billing.EgressRate;
import io.paasatlas.catalog.Billing.Instance;
import io.paasatlas.catalog.Billing.RegionPrice;
import io.paasatlas.catalog.Billing.Subscription;
import io.paasatlas.catalog.CostCategory;
import io.paasatlas.catalog.CpuKind;
import io.paasatlas.catalog.Currency;
import io.paasatlas.catalog.Price;
import io.paasatlas.catalog.ProviderProfile;
import io.paasatlas.catalog.ProviderProfile.Region;
import io.paasatlas.catalog.RegionStatus;
import io.paasatlas.catalog.Sourced;
import io.paasatlas.pricing.Estimate.LineItem;
import io.paasatlas.pricing.Estimate.Note;
import io.paasatlas.pricing.Estimate.Placement;
import org.jspecify.annotations.Nullable;

/**
 * A workload's monthly cost on one provider, computed from the provider's {@code billing} facts the way the
 * provider bills: instances from a price table (with regional prices, extra memory, hour pools and per-service
 * limits) or metered resources under a plan fee that includes usage; allowances deducted where the provider deducts
 * them; constraints (no volumes, one instance per service, free tiers that sleep) either switch to an offer that can
 * run the workload, saying why, or block it. A price that is not known is never guessed: the line says unknown and
 * the total becomes a lower bound. Every total says how sure it is ({@link Confidence}) and why.
 */
public final class CostModel {

	static final int SCALE = 6;

	static final BigDecimal HUNDRED = new BigDecimal("100");

	private static final BigDecimal MB_PER_GB = new BigDecimal("1024");

	public Estimate estimate(ProviderProfile profile, Workload workload) {
		Estimate estimate = new Run(profile, workload).compute();
		Billing billing = profile.billing();
		boolean meteredCpu = billing != null && billing.resources() != null && billing.resources().cpuByUse();
		boolean belowFull = workload.services().stream().anyMatch((s) -> s.cpuPercent().compareTo(HUNDRED) < 0);
		if (estimate.available() && meteredCpu && belowFull) {
			return estimate.withCeiling(new Run(profile, workload.withCpuPercent(HUNDRED)).compute().total());
		}
		return estimate;
	}

	/** One computation; keeps the lines and notes as they accumulate. */
	private static final class Run {

		private final ProviderProfile profile;

		private final Workload workload;

		private final @Nullable Billing billing;

		private final List<LineItem> lines = new ArrayList<>();

		private final Set<String> reasons = new LinkedHashSet<>();

		private final List<Note> decisions = new ArrayList<>();

		private final List<String> assumptions = new ArrayList<>();

		private final List<String> warnings = new ArrayList<>();

		private final List<Note> blockers = new ArrayList<>();

		private final Map<Area, Placement> placements = new LinkedHashMap<>();

		private final Map<Area, Region> regions = new LinkedHashMap<>();

		/** Disk the chosen plan includes (PythonAnywhere), and the fact that says so. */
		private @Nullable Instance diskPlan;

		/** Whether each instance with a volume runs as a service of its own (volumes forbid replicas). */
		private boolean servicePerVolume;

		/** Each region's markup over the listed prices, once computed. */
		private final Map<String, Optional<BigDecimal>> markups = new LinkedHashMap<>();

		Run(ProviderProfile profile, Workload workload) {
			this.profile = profile;
			this.workload = workload;
			this.billing = profile.billing();
		}

		Estimate compute() {
			Billing billing = this.billing;
			if (billing == null) {
				this.blockers.add(new Note("No billing rules in this profile: its prices cannot be computed.", null));
				return finish();
			}
			this.assumptions.add("A month is " + Billing.HOURS_PER_MONTH + " hours; each service runs the hours you gave.");
			this.assumptions.add(granularityNote(billing));
			if (billing.closed() != null) {
				Billing.Closed closed = billing.closed();
				this.blockers.add(new Note(this.profile.name() + " takes no new customers since " + closed.since()
						+ ((closed.note() != null) ? ": " + closed.note() : "."), closed));
				return finish();
			}
			place(billing);
			volumes(billing);
			if (!this.blockers.isEmpty()) {
				return finish();
			}
			if (billing.resources() != null) {
				metered(billing, billing.resources());
				storage(billing);
				egress(billing);
				subscription(billing);
			}
			else {
				for (Workload.Service service : this.workload.services()) {
					instances(billing, service);
				}
				stoppedRootfs(billing);
				storage(billing);
				egress(billing);
				// a plan fee beside a price table (Koyeb's Pro, Upsun's project fee)
				subscription(billing);
			}
			ipv4(billing);
			postgres(billing);
			this.assumptions.addAll(billing.notes());
			return finish();
		}

		// --- regions -------------------------------------------------------------------------------------------

		/** Serves each area from the provider's nearest current region that its priced offers may use. */
		private void place(Billing billing) {
			List<Region> candidates = this.profile.regions().list().stream()
				.filter((r) -> r.effectiveStatus() == RegionStatus.CURRENT)
				.filter((r) -> billing.regions().isEmpty() || billing.regions().contains(r.code()))
				.toList();
			for (Area area : this.workload.areas()) {
				if (candidates.isEmpty()) {
					this.blockers.add(new Note("No region of this provider can serve " + area.label() + ".",
							this.profile.regions()));
					this.placements.put(area, new Placement(area, null, null, null, false, false));
					continue;
				}
				Optional<Region> nearest = candidates.stream()
					.filter((r) -> r.latitude() != null && r.longitude() != null)
					.min(Comparator.comparingDouble((Region r) -> distance(area, r)));
				Optional<Region> sameContinent = candidates.stream()
					.filter((r) -> r.continent() == area.continent())
					.min(Comparator.comparingDouble((Region r) -> (r.latitude() != null) ? distance(area, r) : 1e9));
				// the nearest region, unless it is on another continent and one on the area's continent exists
				// (regions without coordinates can only be matched by continent)
				Region chosen = nearest.filter((r) -> r.continent() == area.continent() || sameContinent.isEmpty())
					.orElse(sameContinent.orElse(nearest.orElse(candidates.get(0))));
				Long km = (chosen.latitude() != null) ? Math.round(distance(area, chosen)) : null;
				boolean same = chosen.continent() == area.continent();
				this.regions.put(area, chosen);
				this.placements.put(area, new Placement(area, chosen.code(), chosen.city(), km, same, chosen.approximate()));
				if (!same) {
					String from = (km != null) ? chosen.city() + " (" + chosen.code() + "), about " + km + " km away."
							: "region " + chosen.code() + " (its location is not stated, so the nearest cannot be chosen).";
					this.warnings.add("No region in " + continentName(area) + ": " + area.label() + " is served from " + from);
				}
			}
		}

		private static double distance(Area area, Region region) {
			return Geo.distanceKm(area.latitude(), area.longitude(), Objects.requireNonNull(region.latitude()).doubleValue(),
					Objects.requireNonNull(region.longitude()).doubleValue());
		}

		private static String continentName(Area area) {
			String key = area.continent().key().replace('-', ' ');
			return Character.toUpperCase(key.charAt(0)) + key.substring(1);
		}

		/** How many instances of a service run in each region it is placed in. */
		private Map<String, Integer> perRegion(Workload.Service service) {
			Map<String, Integer> counts = new LinkedHashMap<>();
			for (Area area : service.areas()) {
				Region region = this.regions.get(area);
				counts.merge((region != null) ? region.code() : area.key(), service.count(), Integer::sum);
			}
			return counts;
		}

		// --- volumes -------------------------------------------------------------------------------------------

		/** A workload with a volume, on a provider that has none, cannot run; one whose volumes forbid replicas splits. */
		private void volumes(Billing billing) {
			if (!hasVolume() || billing.volumes() == null) {
				return;
			}
			Billing.Volumes volumes = billing.volumes();
			if (!volumes.available()) {
				this.blockers.add(new Note(this.profile.name() + " has no persistent volumes"
						+ ((volumes.note() != null) ? ": " + sentence(volumes.note()) : ".")
						+ " A workload with " + plain(this.workload.storageGb()) + " GB of volume storage cannot run here.",
						volumes));
				return;
			}
			int instances = this.workload.instances();
			boolean replicated = this.workload.services().stream().anyMatch((s) -> s.instances() > 1);
			if (!volumes.allowReplicas() && replicated) {
				this.servicePerVolume = true;
				this.decisions.add(new Note("A service with a volume runs a single instance here"
						+ ((volumes.note() != null) ? " (" + volumes.note() + ")" : "") + ": each of the " + instances
						+ " instances runs as a service of its own, with its own volume.", volumes));
			}
		}

		private boolean hasVolume() {
			return this.workload.storageGb().signum() > 0;
		}

		// --- instances from a price table ----------------------------------------------------------------------

		private void instances(Billing billing, Workload.Service service) {
			Map<String, Integer> perRegion = perRegion(service);
			int perService = this.servicePerVolume ? 1
					: perRegion.values().stream().mapToInt(Integer::intValue).max().orElse(service.count());
			List<Choice> fits = new ArrayList<>();
			List<Exclusion> excluded = new ArrayList<>();
			List<String> tooSmall = new ArrayList<>();
			Instance unpriced = null;
			for (Instance instance : billing.instances()) {
				Fit fit = fit(billing, instance, service, perService);
				if (fit instanceof Exclusion exclusion) {
					excluded.add(exclusion);
				}
				else if (fit instanceof TooSmall small) {
					tooSmall.add(small.reason());
				}
				else if (fit instanceof Choice choice) {
					if (!instance.monthlyUsd().known()) {
						unpriced = (unpriced != null) ? unpriced : instance;
					}
					else {
						fits.add(choice);
					}
				}
			}
			// a size known to fit beats one whose memory is unknown; then the cheapest in the service's own regions; on
			// equal prices a verified price and a size with its own memory (no extra memory) win
			// by identity: a record's hash walks the whole instance, and the sort below looks costs up often
			Map<Choice, BigDecimal> cost = new IdentityHashMap<>();
			fits.forEach((c) -> cost.put(c, serviceCost(billing, c, perRegion)));
			Optional<Choice> best = fits.stream()
				.sorted(Comparator.comparing(Choice::memoryUnknown)
					.thenComparing(cost::get)
					.thenComparing((Choice c) -> isUnverified(c.instance()))
					.thenComparingInt(Choice::extraMb))
				.findFirst();
			if (best.isEmpty()) {
				String need = describe(service) + " × " + service.instances();
				if (unpriced != null) {
					// a size fits but its price is not known: an unknown line, and the total a lower bound
					unknownLine(service.name() + ": " + service.instances() + " × " + unpriced.name() + " (no known price)",
							CostCategory.COMPUTE, BigDecimal.valueOf(service.instances()), "instance-month", unpriced);
					return;
				}
				this.blockers.add(new Note("Service '" + service.name() + "' (" + need + "): no offer can run it"
						+ (tooSmall.isEmpty() ? "." : "; " + String.join("; ", tooSmall.stream().distinct().toList()) + "."),
						billing));
				excluded.forEach((e) -> this.blockers.add(new Note(e.instance().name() + ": " + e.reason() + ".", e.fact())));
				return;
			}
			Choice choice = best.get();
			Instance instance = choice.instance();
			// the cheaper offers a rule of the provider ruled out: the switch to this one, with its reason (one note for
			// the offers ruled out by the same rule)
			Map<String, List<Exclusion>> byReason = new LinkedHashMap<>();
			for (Exclusion e : excluded) {
				Price price = e.instance().monthlyUsd();
				if (price.known() && Objects.requireNonNull(price.value()).compareTo(choice.monthlyPerInstance()) < 0) {
					byReason.computeIfAbsent(e.reason(), (k) -> new ArrayList<>()).add(e);
				}
			}
			byReason.forEach((reason, same) -> {
				String names = String.join(", ", same.stream().map((e) -> e.instance().name() + " ("
						+ money(Objects.requireNonNull(e.instance().monthlyUsd().value())) + " a month)").toList());
				String who = (same.size() == 1) ? same.get(0).instance().name() : "each of them";
				this.decisions.add(new Note(instance.name() + ", not " + names + ": " + who + " " + reason + ".",
						same.get(0).fact()));
			});
			if (choice.memoryUnknown()) {
				this.warnings.add("The memory of " + instance.name() + " is unknown: whether " + service.memoryMb()
						+ " MB fits is not known.");
			}
			if (instance.vcpus() == null) {
				this.warnings.add("The CPU share of " + instance.name() + " is not stated in our sources: whether it "
						+ "sustains " + plain(service.averageVcpus()) + " vCPU on average is not known.");
			}
			if (instance.sleeps()) {
				this.warnings.add(instance.name() + " instances sleep after " + instance.sleepsAfterMinutes()
						+ " minutes without traffic; the first request after that waits for a start.");
			}
			if (instance.renewalDays() != null) {
				this.warnings.add(instance.name() + " stops unless you renew it every " + instance.renewalDays() + " days.");
			}
			if (instance.storageGb() != null && hasVolume()) {
				this.diskPlan = instance;
			}
			if (instance.poolHours() != null) {
				// a pool of hours for the whole account at one price (Heroku Eco, Render's free hours)
				this.lines.add(new LineItem(instance.name() + " hours pool (" + instance.poolHours() + " h for the account)",
						CostCategory.COMPUTE, BigDecimal.ONE, "month", choice.basePrice(), Money.cents(choice.basePrice()),
						instance, isUnverified(instance), approximate(instance.monthlyUsd()), false,
						plain(service.hoursPerMonth().multiply(BigDecimal.valueOf(service.instances()))) + " of its "
								+ instance.poolHours() + " hours",
						limitsFact(instance)));
				return;
			}
			BigDecimal factor = timeFactor(billing, service.hoursPerMonth());
			priceByRegion(billing, service, instance, perRegion, factor);
			if (choice.extraMb() > 0) {
				Billing.Rate rate = Objects.requireNonNull(billing.extraMemoryGbMonth());
				BigDecimal gb = BigDecimal.valueOf(choice.extraMb()).divide(MB_PER_GB, SCALE, RoundingMode.HALF_UP);
				BigDecimal total = gb.multiply(BigDecimal.valueOf(service.instances()));
				BigDecimal monthly = extraMemoryCost(billing, choice, perRegion).multiply(factor);
				boolean vary = billing.pricesVaryByRegion();
				if (vary) {
					this.reasons.add("Extra memory is priced per GB times a markup of each region; where our sources "
							+ "give no price in the region, the markup is estimated or left out.");
				}
				this.lines.add(new LineItem(service.name() + ": extra memory " + choice.extraMb() + " MB × "
						+ service.instances(), CostCategory.COMPUTE, total, "GB-month", rate.usd().value(),
						Money.cents(monthly), rate, isUnverified(rate), approximate(rate.usd()) || vary, false, null, null));
			}
			if (factor.compareTo(BigDecimal.ONE) != 0) {
				this.assumptions.add("Instances of '" + service.name() + "' run " + plain(service.hoursPerMonth())
						+ " h; the price table's month is " + plain(billing.effectivePriceHours()) + " h, so each costs "
						+ factor.setScale(4, RoundingMode.HALF_UP).toPlainString() + " of its monthly price.");
			}
		}

		/** One line per price: the chosen region's own price where the data has it, else the listed one. */
		private void priceByRegion(Billing billing, Workload.Service service, Instance instance,
				Map<String, Integer> perRegion, BigDecimal factor) {
			Map<RegionalPrice, List<String>> groups = new LinkedHashMap<>();
			Map<RegionalPrice, Integer> counts = new LinkedHashMap<>();
			for (Map.Entry<String, Integer> entry : perRegion.entrySet()) {
				RegionalPrice price = regionalPrice(billing, instance, entry.getKey());
				groups.computeIfAbsent(price, (k) -> new ArrayList<>()).add(entry.getKey());
				counts.merge(price, entry.getValue(), Integer::sum);
			}
			List<String> unpriced = new ArrayList<>();
			List<String> estimated = new ArrayList<>();
			for (Map.Entry<RegionalPrice, List<String>> group : groups.entrySet()) {
				RegionalPrice price = group.getKey();
				int count = Objects.requireNonNull(counts.get(price));
				BigDecimal quantity = BigDecimal.valueOf(count);
				if (price.kind() == PriceKind.LISTED_ELSEWHERE) {
					unpriced.addAll(group.getValue());
				}
				else if (price.kind() == PriceKind.MARKED_UP) {
					estimated.addAll(group.getValue().stream()
						.map((code) -> code + " (×" + plain(Objects.requireNonNull(markup(billing, code))) + ")").toList());
				}
				this.lines.add(new LineItem(service.name() + ": " + count + " × " + instance.name() + " in "
						+ String.join(", ", group.getValue()), CostCategory.COMPUTE, quantity, "instance-month",
						price.monthly(), Money.cents(price.monthly().multiply(quantity).multiply(factor)), price.fact(),
						isUnverified(price.fact()), price.approximate(), false, null, null));
			}
			if (!unpriced.isEmpty()) {
				this.reasons.add(this.profile.name() + " prices each region separately; our sources have no price of "
						+ instance.name() + " in " + String.join(", ", unpriced) + ", so the price published without a "
						+ "region is used.");
			}
			if (!estimated.isEmpty()) {
				this.reasons.add(this.profile.name() + " prices each region as a markup of its listed prices; our "
						+ "sources have no price of " + instance.name() + " in " + String.join(", ", estimated)
						+ ", so it is the listed price times the markup of the sizes they price there.");
			}
		}

		/** What a choice costs a month in the service's regions: the basis on which choices compete. */
		private BigDecimal serviceCost(Billing billing, Choice choice, Map<String, Integer> perRegion) {
			BigDecimal total = extraMemoryCost(billing, choice, perRegion);
			for (Map.Entry<String, Integer> entry : perRegion.entrySet()) {
				total = total.add(regionalPrice(billing, choice.instance(), entry.getKey()).monthly()
					.multiply(BigDecimal.valueOf(entry.getValue())));
			}
			return total;
		}

		/** The month's extra memory of a choice in the service's regions, each at its region's markup if known. */
		private BigDecimal extraMemoryCost(Billing billing, Choice choice, Map<String, Integer> perRegion) {
			if (choice.extraMb() == 0) {
				return BigDecimal.ZERO;
			}
			BigDecimal rate = Objects.requireNonNull(Objects.requireNonNull(billing.extraMemoryGbMonth()).usd().value());
			BigDecimal gb = BigDecimal.valueOf(choice.extraMb()).divide(MB_PER_GB, SCALE, RoundingMode.HALF_UP);
			BigDecimal total = BigDecimal.ZERO;
			for (Map.Entry<String, Integer> entry : perRegion.entrySet()) {
				BigDecimal markup = markup(billing, entry.getKey());
				total = total.add(gb.multiply(rate).multiply((markup != null) ? markup : BigDecimal.ONE)
					.multiply(BigDecimal.valueOf(entry.getValue())));
			}
			return total;
		}

		/**
		 * The instance's price in a region: its own where the data gives one; else, where prices differ by region, the
		 * listed price times the region's markup on the sizes the data prices there, or the listed price when none is.
		 */
		private RegionalPrice regionalPrice(Billing billing, Instance instance, String code) {
			for (RegionPrice price : instance.regionPrices()) {
				if (price.regions().contains(code) && price.monthlyUsd().known()) {
					return new RegionalPrice(Objects.requireNonNull(price.monthlyUsd().value()), price,
							approximate(price.monthlyUsd()), PriceKind.OWN);
				}
			}
			BigDecimal listed = Objects.requireNonNull(instance.monthlyUsd().value());
			if (!billing.pricesVaryByRegion()) {
				return new RegionalPrice(listed, instance, approximate(instance.monthlyUsd()), PriceKind.LISTED);
			}
			BigDecimal markup = markup(billing, code);
			if (markup != null) {
				return new RegionalPrice(listed.multiply(markup).setScale(SCALE, RoundingMode.HALF_UP), instance, true,
						PriceKind.MARKED_UP);
			}
			return new RegionalPrice(listed, instance, true, PriceKind.LISTED_ELSEWHERE);
		}

		/**
		 * A region's markup over the listed prices, as the region's own prices in the data show it (their mean ratio
		 * to the listed price, to three decimals); 1 where prices do not differ; {@code null} where nothing shows it.
		 */
		private @Nullable BigDecimal markup(Billing billing, String code) {
			if (!billing.pricesVaryByRegion()) {
				return BigDecimal.ONE;
			}
			return this.markups.computeIfAbsent(code, (c) -> {
				List<BigDecimal> ratios = new ArrayList<>();
				for (Instance instance : billing.instances()) {
					if (!instance.monthlyUsd().known() || Objects.requireNonNull(instance.monthlyUsd().value()).signum() == 0) {
						continue;
					}
					instance.regionPrices().stream()
						.filter((p) -> p.regions().contains(c) && p.monthlyUsd().known())
						.findFirst()
						.ifPresent((p) -> ratios.add(Objects.requireNonNull(p.monthlyUsd().value())
							.divide(Objects.requireNonNull(instance.monthlyUsd().value()), SCALE, RoundingMode.HALF_UP)));
				}
				if (ratios.isEmpty()) {
					return Optional.empty();
				}
				BigDecimal sum = ratios.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
				return Optional.of(sum.divide(BigDecimal.valueOf(ratios.size()), 3, RoundingMode.HALF_UP));
			}).orElse(null);
		}

		/** Whether an instance can run the service: a choice, a rule that rules it out, or too small a size. */
		private @Nullable Fit fit(Billing billing, Instance instance, Workload.Service service, int perService) {
			// a performance CPU does all a shared one does, not the other way round
			if (service.cpuKind() == CpuKind.PERFORMANCE && instance.cpuKind() == CpuKind.SHARED) {
				return null;
			}
			if (!instance.regions().isEmpty()) {
				List<String> elsewhere = this.regions.values().stream().map(Region::code)
					.filter((code) -> !instance.regions().contains(code)).distinct().toList();
				if (!elsewhere.isEmpty()) {
					return new Exclusion(instance, "is offered only in " + String.join(", ", instance.regions())
							+ ", not in " + String.join(", ", elsewhere), limitsFact(instance));
				}
			}
			if (instance.vcpus() != null) {
				// a shared vCPU bursts to a whole core, so a fractional shared CPU counts as one at peak; what it can
				// sustain is its baseline share (Fly's 6.25 %), or all of it where no baseline is stated
				boolean shared = instance.cpuKind() != CpuKind.PERFORMANCE;
				BigDecimal peak = shared ? instance.vcpus().max(BigDecimal.ONE) : instance.vcpus();
				if (peak.compareTo(service.vcpus()) < 0) {
					return new TooSmall(instance.name() + " has " + plain(instance.vcpus()) + " vCPU");
				}
				BigDecimal baseline = (instance.baselinePercent() != null) ? instance.baselinePercent() : HUNDRED;
				BigDecimal sustained = instance.vcpus().multiply(baseline).movePointLeft(2);
				if (sustained.compareTo(service.averageVcpus()) < 0) {
					return new Exclusion(instance, "sustains " + plain(sustained) + " vCPU (a " + plain(baseline)
							+ " % baseline per vCPU), less than the " + plain(service.averageVcpus())
							+ " vCPU the service uses on average", sizeFact(instance));
				}
			}
			Sourced limits = limitsFact(instance);
			if (instance.sleeps() && !this.workload.allowSleep()) {
				return new Exclusion(instance, "sleeps after " + instance.sleepsAfterMinutes()
						+ " minutes without traffic (allow free-tier limits to use it)", instance);
			}
			if (instance.renewalDays() != null && !this.workload.allowSleep()) {
				return new Exclusion(instance, "stops unless renewed by hand every " + instance.renewalDays()
						+ " days (allow free-tier limits to use it)", instance);
			}
			if (instance.maxPerService() != null && perService > instance.maxPerService()) {
				return new Exclusion(instance, "runs at most " + instance.maxPerService() + " per service (process type)",
						limits);
			}
			if (instance.maxInstances() != null && this.workload.instances() > instance.maxInstances()) {
				return new Exclusion(instance, "allows at most " + instance.maxInstances() + " per account", limits);
			}
			if (instance.poolHours() != null && service.hoursPerMonth().multiply(BigDecimal.valueOf(service.instances()))
				.compareTo(BigDecimal.valueOf(instance.poolHours())) > 0) {
				return new Exclusion(instance, "includes only " + instance.poolHours() + " instance hours a month",
						instance);
			}
			if (hasVolume() && !instance.allowsVolumes()) {
				return new Exclusion(instance, "cannot have a persistent volume", limits);
			}
			if (hasVolume() && instance.storageGb() != null
					&& this.workload.storageGb().compareTo(instance.storageGb()) > 0) {
				return new Exclusion(instance, "includes only " + plain(instance.storageGb()) + " GB of disk", limits);
			}
			BigDecimal base = instance.monthlyUsd().known() ? Objects.requireNonNull(instance.monthlyUsd().value())
					: BigDecimal.ZERO;
			if (instance.memoryMb() == null) {
				return new Choice(instance, base, 0, true, base);
			}
			int extra = Math.max(0, service.memoryMb() - instance.memoryMb());
			if (extra == 0) {
				return new Choice(instance, base, 0, false, base);
			}
			Billing.Rate rate = billing.extraMemoryGbMonth();
			if (rate == null || !rate.usd().known() || instance.maxMemoryMb() == null
					|| service.memoryMb() > instance.maxMemoryMb()) {
				int most = Math.max(instance.memoryMb(), (instance.maxMemoryMb() != null) ? instance.maxMemoryMb() : 0);
				return new TooSmall(instance.name() + " has at most " + most + " MB");
			}
			BigDecimal extraCost = BigDecimal.valueOf(extra).divide(MB_PER_GB, SCALE, RoundingMode.HALF_UP)
				.multiply(Objects.requireNonNull(rate.usd().value()));
			return new Choice(instance, base, extra, false, base.add(extraCost));
		}

		/** The source of an instance's limits where it differs from its price's ({@code limits_source}). */
		private static Sourced limitsFact(Instance instance) {
			return cited(instance, instance.limitsSource());
		}

		/** The source of an instance's size where it differs from its price's ({@code size_source}). */
		private static Sourced sizeFact(Instance instance) {
			return cited(instance, instance.sizeSource());
		}

		private static Sourced cited(Instance instance, @Nullable String other) {
			if (other == null) {
				return instance;
			}
			String source = other;
			return new Sourced() {
				public @Nullable String source() {
					return source;
				}

				public @Nullable AsOf asOf() {
					return null;
				}
			};
		}

		private static BigDecimal timeFactor(Billing billing, BigDecimal hours) {
			if (billing.granularity() == Billing.Granularity.MONTH) {
				return BigDecimal.ONE;
			}
			BigDecimal factor = hours.divide(billing.effectivePriceHours(), SCALE, RoundingMode.HALF_UP);
			return (billing.isCappedAtMonthly() && factor.compareTo(BigDecimal.ONE) > 0) ? BigDecimal.ONE : factor;
		}

		// --- metered resources under a plan fee ----------------------------------------------------------------

		private void metered(Billing billing, Billing.Resources rates) {
			// an unknown rate is an unknown line, and the total a lower bound
			BigDecimal vcpuRate = rates.vcpuMonth().value();
			BigDecimal memoryRate = rates.memoryGbMonth().value();
			for (Workload.Service service : this.workload.services()) {
				BigDecimal factor = timeFactor(billing, service.hoursPerMonth());
				BigDecimal instances = BigDecimal.valueOf(service.instances());
				BigDecimal perInstance = rates.cpuByUse() ? service.averageVcpus() : service.vcpus();
				BigDecimal vcpuMonths = perInstance.multiply(instances).multiply(factor).setScale(SCALE, RoundingMode.HALF_UP);
				BigDecimal gbMonths = BigDecimal.valueOf(service.memoryMb()).divide(MB_PER_GB, SCALE, RoundingMode.HALF_UP)
					.multiply(instances).multiply(factor);
				// a free allowance left undeducted makes both lines the most they can cost
				boolean undeducted = rates.freeUsage() != null;
				String cpu = rates.cpuByUse()
						? " vCPU at " + plain(service.cpuPercent()) + " % average use"
						: " vCPU allocated";
				this.lines.add(new LineItem(service.name() + ": CPU, " + service.instances() + " × "
						+ plain(service.vcpus()) + cpu, CostCategory.COMPUTE, vcpuMonths, "vCPU-month", vcpuRate,
						(vcpuRate != null) ? Money.cents(vcpuMonths.multiply(vcpuRate)) : null, rates, isUnverified(rates),
						approximate(rates.vcpuMonth()), undeducted, null, null));
				this.lines.add(new LineItem(service.name() + ": memory, " + service.instances() + " × "
						+ service.memoryMb() + " MB" + (rates.memoryByUse() ? " (at most: billed by use)" : ""),
						CostCategory.COMPUTE, gbMonths, "GB-month", memoryRate,
						(memoryRate != null) ? Money.cents(gbMonths.multiply(memoryRate)) : null, rates, isUnverified(rates),
						approximate(rates.memoryGbMonth()), rates.memoryByUse() || undeducted, null, null));
			}
			Billing.FreeUsage free = rates.freeUsage();
			if (free != null) {
				this.reasons.add(this.profile.name() + "'s monthly free allowance of CPU and memory (per " + free.scope().key()
						+ ") is not deducted: its amounts are not in our sources, so the total is the most it can cost.");
			}
			if (rates.cpuByUse()) {
				this.assumptions.add("CPU is billed by measured use: priced at the average use you gave; the total at "
						+ "100 % use is shown beside it as the ceiling.");
			}
			if (rates.memoryByUse()) {
				this.reasons.add("Memory is billed by measured use but priced here as if the whole allocation were used "
						+ "all the time: the total is the most it can cost.");
			}
		}

		/** The cheapest plan whose limits the workload fits: its fee, less the usage it includes. */
		private void subscription(Billing billing) {
			if (!this.blockers.isEmpty() || billing.subscriptions().isEmpty()) {
				return;
			}
			BigDecimal all = usage(List.of());
			List<Exclusion> excluded = new ArrayList<>();
			Subscription best = null;
			BigDecimal bestCost = null;
			for (Subscription plan : billing.subscriptions()) {
				if (!plan.monthlyUsd().known() || !plan.includedUsageUsd().known()) {
					continue;
				}
				BigDecimal usage = usage(plan.covers());
				String reason = planLimit(plan, usage);
				if (reason != null) {
					excluded.add(new Exclusion(null, reason, plan, plan));
					continue;
				}
				BigDecimal cost = Objects.requireNonNull(plan.monthlyUsd().value())
					.add(all.subtract(usage.min(Objects.requireNonNull(plan.includedUsageUsd().value()))));
				if (bestCost == null || cost.compareTo(bestCost) < 0) {
					best = plan;
					bestCost = cost;
				}
			}
			if (best == null) {
				this.blockers.add(new Note("No plan's limits fit this workload.", billing));
				excluded.forEach((e) -> this.blockers.add(new Note("The " + Objects.requireNonNull(e.plan()).name() + " plan " + e.reason() + ".",
						e.fact())));
				return;
			}
			for (Exclusion e : excluded) {
				Subscription plan = Objects.requireNonNull(e.plan());
				if (Objects.requireNonNull(plan.monthlyUsd().value()).compareTo(bestCost) < 0) {
					this.decisions.add(new Note("The " + best.name() + " plan, not " + plan.name() + ": the "
							+ plan.name() + " plan " + e.reason() + ".", plan));
				}
			}
			BigDecimal fee = Objects.requireNonNull(best.monthlyUsd().value());
			BigDecimal included = Objects.requireNonNull(best.includedUsageUsd().value());
			BigDecimal credit = usage(best.covers()).min(included);
			this.lines.add(new LineItem(best.name() + " plan fee", CostCategory.OTHER, BigDecimal.ONE, "month", fee,
					Money.cents(fee), best, isUnverified(best), false, false, null, null));
			if (included.signum() > 0) {
				this.lines.add(new LineItem("Usage included in the " + best.name() + " plan", CostCategory.OTHER,
						BigDecimal.ONE, "month", credit.negate(), Money.cents(credit.negate()), best, isUnverified(best),
						false, false, money(credit) + " of the " + money(included) + " of usage the plan includes", best));
			}
			this.assumptions.add("The " + best.name() + " plan is the cheapest whose limits fit; its fee includes "
					+ money(included) + " of usage (" + (best.covers().isEmpty() ? "every kind"
							: String.join(", ", best.covers().stream().map(CostCategory::key).toList())) + ").");
		}

		/** What the lines so far charge, of these kinds (every kind when none is named). */
		private BigDecimal usage(List<CostCategory> kinds) {
			return this.lines.stream()
				.filter((l) -> kinds.isEmpty() || kinds.contains(l.category()))
				.map(LineItem::monthly)
				.filter(Objects::nonNull)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
		}

		/** Why a plan cannot take this workload, {@code null} if it can. Limits count every replica of a service. */
		private @Nullable String planLimit(Subscription plan, BigDecimal usage) {
			for (Workload.Service service : this.workload.services()) {
				int replicas = this.servicePerVolume ? 1 : service.instances();
				if (plan.maxReplicas() != null && replicas > plan.maxReplicas()) {
					return "allows " + plan.maxReplicas() + " replica" + (plan.maxReplicas() == 1 ? "" : "s")
							+ " per service, and the service has " + replicas;
				}
				if (plan.maxMemoryMb() != null && (long) replicas * service.memoryMb() > plan.maxMemoryMb()) {
					return "allows " + plan.maxMemoryMb() + " MB per service, replicas included, and the service needs "
							+ (long) replicas * service.memoryMb() + " MB";
				}
				BigDecimal vcpus = service.vcpus().multiply(BigDecimal.valueOf(replicas));
				if (plan.maxVcpus() != null && vcpus.compareTo(BigDecimal.valueOf(plan.maxVcpus())) > 0) {
					return "allows " + plan.maxVcpus() + " vCPU per service, replicas included, and the service needs "
							+ plain(vcpus);
				}
			}
			if (hasVolume() && plan.maxVolumeGb() != null) {
				int holders = this.servicePerVolume ? this.workload.instances() : this.workload.services().size();
				BigDecimal perService = this.workload.storageGb().divide(BigDecimal.valueOf(holders), SCALE,
						RoundingMode.HALF_UP);
				if (perService.compareTo(plan.maxVolumeGb()) > 0) {
					return "allows " + plain(plan.maxVolumeGb()) + " GB of volume per service, and each needs "
							+ plain(perService);
				}
			}
			BigDecimal included = Objects.requireNonNull(plan.includedUsageUsd().value());
			if (!plan.allowsOverage() && usage.compareTo(included) > 0) {
				return "includes " + money(included) + " of usage and sells no more, and the workload uses "
						+ money(usage);
			}
			return null;
		}

		// --- storage, egress, addresses, database --------------------------------------------------------------

		private void storage(Billing billing) {
			if (!hasVolume() || !this.blockers.isEmpty()) {
				return;
			}
			BigDecimal gb = this.workload.storageGb();
			Instance plan = this.diskPlan;
			if (plan != null) {
				this.lines.add(new LineItem("Disk, included in the " + plan.name() + " plan", CostCategory.STORAGE, gb,
						"GB-month", BigDecimal.ZERO, BigDecimal.ZERO.setScale(2), limitsFact(plan), isUnverified(plan),
						false, false, plain(gb) + " of the " + plain(Objects.requireNonNull(plan.storageGb()))
								+ " GB the plan includes", limitsFact(plan)));
				return;
			}
			rateLine("Volume storage", CostCategory.STORAGE, gb, "GB-month", billing.storageGbMonth());
		}

		/**
		 * A stopped instance's root filesystem, where the provider bills it (Fly.io: per GB for each 30 days,
		 * charged per second): the image size × instances × the hours of the month the service does not run.
		 */
		private void stoppedRootfs(Billing billing) {
			Billing.Rate rate = billing.stoppedRootfsGbMonth();
			if (rate == null || !this.blockers.isEmpty()) {
				return;
			}
			for (Workload.Service service : this.workload.services()) {
				BigDecimal stopped = Billing.HOURS_PER_MONTH.subtract(service.hoursPerMonth());
				if (stopped.signum() <= 0) {
					continue;
				}
				String what = "Stopped " + service.name() + " instances' root filesystem, " + plain(stopped)
						+ " h each";
				if (service.imageGb() == null) {
					this.lines.add(new LineItem(what + " (image size not given)", CostCategory.STORAGE, stopped,
							"stopped hours", null, null, rate, false, false, false, null, null));
					continue;
				}
				// GB × instances × the share of the price period stopped
				BigDecimal quantity = service.imageGb().multiply(BigDecimal.valueOf(service.instances()))
					.multiply(stopped)
					.divide(billing.effectivePriceHours(), SCALE, RoundingMode.HALF_UP);
				rateLine(what, CostCategory.STORAGE, quantity, "GB × " + plain(billing.effectivePriceHours()) + " h",
						rate);
			}
		}

		private void egress(Billing billing) {
			if (!this.blockers.isEmpty()) {
				return;
			}
			Map<EgressRate, BigDecimal> byGroup = new LinkedHashMap<>();
			BigDecimal unpriced = BigDecimal.ZERO;
			// in area order, so that the lines come out the same on every run
			for (Map.Entry<Area, BigDecimal> entry : this.workload.egressGb().entrySet().stream()
				.sorted(Map.Entry.comparingByKey()).toList()) {
				if (entry.getValue().signum() == 0) {
					continue;
				}
				Region region = this.regions.get(entry.getKey());
				Optional<EgressRate> rate = (region != null) ? egressRate(billing, region) : Optional.empty();
				if (rate.isPresent()) {
					byGroup.merge(rate.get(), entry.getValue(), BigDecimal::add);
				}
				else {
					unpriced = unpriced.add(entry.getValue());
				}
			}
			for (Map.Entry<EgressRate, BigDecimal> entry : byGroup.entrySet()) {
				egressLine(entry.getKey(), entry.getValue());
			}
			if (unpriced.signum() > 0) {
				unknownLine("Egress (no published price)", CostCategory.EGRESS, unpriced, "GB", null);
			}
		}

		private void egressLine(EgressRate rate, BigDecimal gb) {
			String what = "Egress, " + rate.group();
			Billing.Allowance allowance = rate.included();
			BigDecimal included = BigDecimal.ZERO;
			String includedText = null;
			if (allowance != null) {
				int times = switch (allowance.scope()) {
					case ACCOUNT, WORKSPACE -> 1;
					case SERVICE -> this.servicePerVolume ? this.workload.instances() : this.workload.services().size();
					case INSTANCE -> this.workload.instances();
				};
				included = BigDecimal.valueOf((long) allowance.gb() * times);
				includedText = Money.quantity(gb.min(included)) + " of the " + Money.quantity(included) + " GB included ("
						+ allowance.gb() + " GB per " + allowance.scope().key() + ")";
			}
			BigDecimal billed = gb.subtract(included).max(BigDecimal.ZERO);
			boolean unverified = isUnverified(rate) || (allowance != null && isUnverified(allowance));
			if (!rate.perGbUsd().known()) {
				// within the allowance the price does not matter
				if (billed.signum() == 0) {
					this.lines.add(new LineItem(what, CostCategory.EGRESS, billed, "GB", null, BigDecimal.ZERO.setScale(2),
							rate, unverified, false, false, includedText, allowance));
				}
				else {
					this.lines.add(new LineItem(what, CostCategory.EGRESS, billed, "GB", null, null, rate, false, false,
							false, includedText, allowance));
				}
				return;
			}
			BigDecimal perGb = Objects.requireNonNull(rate.perGbUsd().value());
			boolean approximate = approximate(rate.perGbUsd());
			if (rate.blockGb() != null) {
				// bought in whole blocks: 1 GB beyond the allowance buys a whole block
				BigDecimal blocks = billed.divide(BigDecimal.valueOf(rate.blockGb()), 0, RoundingMode.CEILING);
				BigDecimal blockPrice = perGb.multiply(BigDecimal.valueOf(rate.blockGb()));
				this.lines.add(new LineItem(what + " (" + plain(gb) + " GB)", CostCategory.EGRESS, blocks,
						"block of " + rate.blockGb() + " GB", blockPrice, Money.cents(blocks.multiply(blockPrice)), rate,
						unverified, approximate, false, includedText, allowance));
				return;
			}
			this.lines.add(new LineItem(what, CostCategory.EGRESS, billed, "GB", perGb, Money.cents(billed.multiply(perGb)),
					rate, unverified, approximate, false, includedText, allowance));
		}

		private static Optional<EgressRate> egressRate(Billing billing, Region region) {
			Optional<EgressRate> byCode = billing.egress().stream()
				.filter((r) -> r.regions().contains(region.code()))
				.findFirst();
			return byCode.isPresent() ? byCode
					: billing.egress().stream().filter((r) -> r.continents().contains(region.continent())).findFirst();
		}

		private void ipv4(Billing billing) {
			if (this.workload.dedicatedIpv4() == 0 || !this.blockers.isEmpty()) {
				return;
			}
			rateLine("Dedicated IPv4 addresses", CostCategory.OTHER, BigDecimal.valueOf(this.workload.dedicatedIpv4()),
					"address-month", billing.dedicatedIpv4Month());
		}

		private void postgres(Billing billing) {
			Integer memory = this.workload.postgresMemoryMb();
			if (memory == null || !this.blockers.isEmpty()) {
				return;
			}
			Optional<Instance> plan = billing.postgres().stream()
				.filter((p) -> p.monthlyUsd().known())
				.filter((p) -> p.memoryMb() == null || p.memoryMb() >= memory)
				.min(Comparator.comparing((Instance p) -> p.memoryMb() == null)
					.thenComparing((Instance p) -> Objects.requireNonNull(p.monthlyUsd().value())));
			if (plan.isEmpty()) {
				unknownLine("Managed PostgreSQL, " + memory + " MB", CostCategory.DATABASE, BigDecimal.ONE, "month", null);
				this.warnings.add("No managed PostgreSQL plan with a known price and at least " + memory + " MB.");
				return;
			}
			Instance p = plan.get();
			if (p.memoryMb() == null) {
				this.warnings.add("The memory of the " + p.name() + " PostgreSQL plan is unknown.");
			}
			BigDecimal price = Objects.requireNonNull(p.monthlyUsd().value());
			this.lines.add(new LineItem("Managed PostgreSQL, " + p.name() + " plan", CostCategory.DATABASE, BigDecimal.ONE,
					"month", price, Money.cents(price), p, isUnverified(p), approximate(p.monthlyUsd()), false, null, null));
		}

		private void rateLine(String what, CostCategory category, BigDecimal quantity, String unit,
				Billing.@Nullable Rate rate) {
			if (rate == null || !rate.usd().known()) {
				unknownLine(what, category, quantity, unit, rate);
				return;
			}
			BigDecimal price = Objects.requireNonNull(rate.usd().value());
			this.lines.add(new LineItem(what, category, quantity, unit, price, Money.cents(quantity.multiply(price)), rate,
					isUnverified(rate), approximate(rate.usd()), false, null, null));
		}

		private void unknownLine(String what, CostCategory category, BigDecimal quantity, String unit,
				@Nullable Sourced fact) {
			this.lines.add(new LineItem(what, category, quantity, unit, null, null, fact, false, false, false, null, null));
		}

		// --- result --------------------------------------------------------------------------------------------

		private Estimate finish() {
			String slug = this.profile.slug();
			List<Placement> placed = new ArrayList<>(this.placements.values());
			if (!this.blockers.isEmpty()) {
				return new Estimate(slug, this.profile.name(), currency(), null, Confidence.CANNOT_RUN, List.of(), null, this.lines,
						placed, this.decisions, this.assumptions, this.warnings, this.blockers);
			}
			BigDecimal total = BigDecimal.ZERO;
			List<String> unknown = new ArrayList<>();
			List<String> approximate = new ArrayList<>();
			List<String> unverified = new ArrayList<>();
			boolean upper = false;
			for (LineItem line : this.lines) {
				if (line.known()) {
					total = total.add(Objects.requireNonNull(line.monthly()));
				}
				else {
					unknown.add(line.what());
				}
				if (line.approximate()) {
					approximate.add(line.what());
				}
				if (line.unverified()) {
					unverified.add(line.what());
				}
				upper |= line.upperBound();
			}
			List<String> why = new ArrayList<>();
			if (!unknown.isEmpty()) {
				why.add("Some prices are unknown (" + String.join("; ", unknown) + "): the total is a lower bound.");
			}
			if (!unverified.isEmpty()) {
				why.add("Some prices come from unverified third-party sources (" + String.join("; ", unverified) + ").");
			}
			if (!approximate.isEmpty()) {
				why.add("Some prices are approximate (" + String.join("; ", approximate) + ").");
			}
			why.addAll(this.reasons);
			Confidence confidence;
			if (!unknown.isEmpty()) {
				confidence = upper ? Confidence.APPROXIMATE : Confidence.LOWER_BOUND;
			}
			else if (!approximate.isEmpty() || !unverified.isEmpty()) {
				confidence = Confidence.APPROXIMATE;
			}
			else {
				confidence = upper ? Confidence.UPPER_BOUND : Confidence.EXACT;
			}
			if (currency() != Currency.USD) {
				why.add(this.profile.name() + " prices in " + currency().code() + ": the total is in " + currency().code()
						+ ", not converted, so it is not compared with totals in other currencies.");
			}
			return new Estimate(slug, this.profile.name(), currency(), Money.cents(total), confidence, why, null, this.lines, placed,
					this.decisions, this.assumptions, this.warnings, this.blockers);
		}

		/** An amount in the provider's currency. */
		private String money(BigDecimal amount) {
			return Money.of(amount, currency());
		}

		private Currency currency() {
			Billing billing = this.billing;
			return (billing != null) ? billing.effectiveCurrency() : Currency.USD;
		}

		private boolean isUnverified(Sourced fact) {
			Billing billing = this.billing;
			String source = (fact.source() != null) ? fact.source() : (billing != null) ? billing.source() : null;
			ProviderProfile.Source named = (source != null) ? this.profile.sources().get(source) : null;
			return named != null && named.isUnverified();
		}

		private static boolean approximate(Price price) {
			return price.approximate() || price.range();
		}

		private static String describe(Workload.Service service) {
			return plain(service.vcpus()) + ((service.cpuKind() != null) ? " " + service.cpuKind().key() : "")
					+ " vCPU at " + plain(service.cpuPercent()) + " % average use, " + service.memoryMb() + " MB";
		}

		private static String granularityNote(Billing billing) {
			String metered = switch (billing.granularity()) {
				case SECOND -> "Billed per second";
				case MINUTE -> "Billed per minute";
				case HOUR -> "Billed per hour";
				case MONTH -> "Billed per month: a part month costs the whole month";
			};
			if (billing.granularity() == Billing.Granularity.MONTH) {
				return metered + ".";
			}
			return metered + "; a listed monthly price pays for " + plain(billing.effectivePriceHours()) + " hours"
					+ (billing.isCappedAtMonthly() ? ", and a month never costs more than it." : ", and longer months cost more.");
		}

	}

	/** Text ending as a sentence does. */
	static String sentence(String text) {
		return text.endsWith(".") ? text : text + ".";
	}

	/** A number as people write it: no trailing zeros, no exponent. */
	static String plain(BigDecimal value) {
		return (value.signum() == 0) ? "0" : value.stripTrailingZeros().toPlainString();
	}

	/** What an instance is to a service. */
	private sealed interface Fit permits Choice, Exclusion, TooSmall {
	}

	/** An instance that fits a service, with the memory it needs beyond its own. */
	private record Choice(Instance instance, BigDecimal basePrice, int extraMb, boolean memoryUnknown,
			BigDecimal monthlyPerInstance) implements Fit {
	}

	/** An offer (instance or plan) a rule of the provider rules out, with the reason and the fact behind it. */
	private record Exclusion(@Nullable Instance instance, String reason, Sourced fact, @Nullable Subscription plan)
			implements Fit {

		Exclusion(Instance instance, String reason, Sourced fact) {
			this(instance, reason, fact, null);
		}

		@Override
		public Instance instance() {
			return Objects.requireNonNull(this.instance);
		}
	}

	/** A size too small for the service: not a rule, just not enough. */
	private record TooSmall(String reason) implements Fit {
	}

	/** An instance's price in one region, and what kind of price it is. */
	private record RegionalPrice(BigDecimal monthly, Sourced fact, boolean approximate, PriceKind kind) {

		/** Without the fact, whose hash walks the whole instance on every lookup; equal prices still hash alike. */
		@Override
		public int hashCode() {
			return Objects.hash(this.monthly, this.approximate, this.kind);
		}

	}

	/** Where a price in a region comes from. */
	private enum PriceKind {

		/** The region's own price, from the data. */
		OWN,
		/** The listed price, and prices do not differ by region. */
		LISTED,
		/** The listed price times the region's markup shown by its other prices. */
		MARKED_UP,
		/** The listed price, though prices differ by region and nothing shows this region's. */
		LISTED_ELSEWHERE

	}

}
