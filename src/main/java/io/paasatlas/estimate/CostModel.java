package io.paasatlas.estimate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.paasatlas.catalog.Billing;
import io.paasatlas.catalog.Billing.EgressRate;
import io.paasatlas.catalog.Billing.Instance;
import io.paasatlas.catalog.Billing.Subscription;
import io.paasatlas.catalog.Price;
import io.paasatlas.catalog.ProviderProfile;
import io.paasatlas.catalog.ProviderProfile.Region;
import io.paasatlas.catalog.RegionStatus;
import io.paasatlas.catalog.Sourced;
import io.paasatlas.estimate.Estimate.LineItem;
import io.paasatlas.estimate.Estimate.Placement;
import org.jspecify.annotations.Nullable;

/**
 * A workload's monthly cost on one provider, computed from the provider's {@code billing} section the way the
 * provider bills: instances from a price table (Fly.io presets plus extra memory, Heroku dynos, Render instance
 * types, PythonAnywhere plans) or metered resources under a plan fee that includes usage (Railway). Plain Java and
 * {@link BigDecimal} money; a price that is not known is never guessed: the line says unknown and the total becomes
 * a lower bound.
 */
public final class CostModel {

	static final int SCALE = 6;

	private static final BigDecimal MB_PER_GB = new BigDecimal("1024");

	private static final BigDecimal HUNDRED = new BigDecimal("100");

	private static final String MEMORY = "memory";

	public Estimate estimate(ProviderProfile profile, Workload workload) {
		return new Run(profile, workload).compute();
	}

	/** One computation; keeps the lines and notes as they accumulate. */
	private static final class Run {

		private final ProviderProfile profile;

		private final Workload workload;

		private final @Nullable Billing billing;

		private final List<LineItem> lines = new ArrayList<>();

		private final List<String> assumptions = new ArrayList<>();

		private final List<String> warnings = new ArrayList<>();

		private final List<String> blockers = new ArrayList<>();

		private final Map<Area, Placement> placements = new LinkedHashMap<>();

		private final Map<Area, Region> regions = new LinkedHashMap<>();

		Run(ProviderProfile profile, Workload workload) {
			this.profile = profile;
			this.workload = workload;
			this.billing = profile.billing();
		}

		Estimate compute() {
			if (this.billing == null) {
				this.blockers.add("No billing rules in this profile: its prices cannot be computed.");
				return finish();
			}
			this.assumptions.add("A month is " + Billing.HOURS_PER_MONTH + " hours; each service runs the hours you gave.");
			this.assumptions.add(granularityNote(this.billing));
			place();
			if (hasResources()) {
				meteredCompute();
			}
			else {
				for (Workload.Service service : this.workload.services()) {
					instanceCompute(service);
				}
			}
			storage();
			egress();
			ipv4();
			postgres();
			this.billing.notes().forEach(this.assumptions::add);
			return finish();
		}

		private boolean hasResources() {
			return this.billing.resources() != null;
		}

		// --- regions -------------------------------------------------------------------------------------------

		/** Serves each area from the provider's nearest current region that its priced offers may use. */
		private void place() {
			List<Region> candidates = this.profile.regions().list().stream()
				.filter((r) -> r.effectiveStatus() == RegionStatus.CURRENT)
				.filter((r) -> this.billing.regions().isEmpty() || this.billing.regions().contains(r.code()))
				.toList();
			for (Area area : this.workload.areas()) {
				Optional<Region> nearest = candidates.stream()
					.filter((r) -> r.latitude() != null && r.longitude() != null)
					.min(Comparator.comparingDouble((Region r) -> distance(area, r)));
				Optional<Region> sameContinent = candidates.stream()
					.filter((r) -> r.continent() == area.continent())
					.min(Comparator.comparingDouble((Region r) -> (r.latitude() != null) ? distance(area, r) : 1e9));
				if (candidates.isEmpty()) {
					this.blockers.add("No region of this provider can serve " + area.label() + ".");
					this.placements.put(area, new Placement(area, null, null, null, false));
					continue;
				}
				// the nearest region, unless it is on another continent and one on the area's continent exists
				// (regions without coordinates can only be matched by continent)
				Region chosen = nearest.filter((r) -> r.continent() == area.continent() || sameContinent.isEmpty())
					.orElse(sameContinent.orElse(nearest.orElse(candidates.get(0))));
				Long km = (chosen.latitude() != null) ? Math.round(distance(area, chosen)) : null;
				boolean same = chosen.continent() == area.continent();
				this.regions.put(area, chosen);
				this.placements.put(area, new Placement(area, chosen.code(), chosen.city(), km, same));
				if (!same) {
					String from = (km != null) ? chosen.city() + " (" + chosen.code() + "), about " + km + " km away."
							: "region " + chosen.code() + " (its location is not stated, so the nearest cannot be chosen).";
					this.warnings.add("No region in " + continentName(area) + ": " + area.label() + " is served from " + from);
				}
			}
		}

		private static double distance(Area area, Region region) {
			return Geo.distanceKm(area.latitude(), area.longitude(), region.latitude().doubleValue(),
					region.longitude().doubleValue());
		}

		private static String continentName(Area area) {
			String key = area.continent().key().replace('-', ' ');
			return Character.toUpperCase(key.charAt(0)) + key.substring(1);
		}

		// --- instances from a price table ----------------------------------------------------------------------

		private void instanceCompute(Workload.Service service) {
			List<Choice> fits = new ArrayList<>();
			List<String> reasons = new ArrayList<>();
			boolean unpricedFit = false;
			for (Instance instance : this.billing.instances()) {
				Choice choice = fit(instance, service, reasons);
				if (choice == null) {
					continue;
				}
				if (!instance.monthlyUsd().known()) {
					unpricedFit = true;
					continue;
				}
				fits.add(choice);
			}
			// a size known to fit beats one whose memory is unknown; on equal prices a verified price and a size
			// with its own memory (no extra memory) win
			Optional<Choice> best = fits.stream()
				.sorted(Comparator.comparing(Choice::memoryUnknown)
					.thenComparing(Choice::monthlyPerInstance)
					.thenComparing((Choice c) -> isUnverified(c.instance()))
					.thenComparingInt(Choice::extraMb))
				.findFirst();
			if (best.isEmpty()) {
				if (reasons.removeIf(MEMORY::equals)) {
					int largest = this.billing.instances().stream().filter((i) -> i.memoryMb() != null)
						.mapToInt((i) -> Math.max(i.memoryMb(), (i.maxMemoryMb() != null) ? i.maxMemoryMb() : 0)).max().orElse(0);
					reasons.add("the most memory offered is " + largest + " MB");
				}
				this.blockers.add(unpricedFit
						? "Service '" + service.name() + "': the sizes that fit have no known price."
						: "Service '" + service.name() + "': no size fits " + describe(service) + " × "
								+ service.instances() + (reasons.isEmpty() ? "." : ": " + String.join("; ", reasons.stream().distinct().toList()) + "."));
				return;
			}
			Choice choice = best.get();
			Instance instance = choice.instance();
			if (choice.memoryUnknown()) {
				this.warnings.add("The memory of " + instance.name() + " is unknown: whether " + service.memoryMb()
						+ " MB fits is not known.");
			}
			if (instance.sleeps()) {
				this.warnings.add(instance.name() + " instances sleep after " + instance.sleepsAfterMinutes()
						+ " minutes without traffic; the first request after that waits for a start.");
			}
			boolean unverified = isUnverified(instance);
			boolean approximate = instance.monthlyUsd().approximate() || instance.monthlyUsd().range();
			if (instance.poolHours() != null) {
				// a pool of hours for the whole account at one price (Heroku Eco)
				lines.add(new LineItem(instance.name() + " hours pool (" + instance.poolHours() + " h for the account)",
						BigDecimal.ONE, "month", choice.basePrice(), money(choice.basePrice()), instance, unverified,
						approximate));
				return;
			}
			BigDecimal factor = timeFactor(service.hoursPerMonth());
			BigDecimal quantity = BigDecimal.valueOf(service.instances());
			String where = service.areas().size() > 1 ? " in " + service.areas().size() + " regions" : "";
			this.lines.add(new LineItem(service.name() + ": " + service.instances() + " × " + instance.name() + where,
					quantity, "instance-month", choice.basePrice(),
					money(choice.basePrice().multiply(quantity).multiply(factor)), instance, unverified, approximate));
			if (choice.extraMb() > 0) {
				Billing.Rate rate = this.billing.extraMemoryGbMonth();
				BigDecimal gb = BigDecimal.valueOf(choice.extraMb()).divide(MB_PER_GB, SCALE, RoundingMode.HALF_UP);
				BigDecimal total = gb.multiply(quantity);
				this.lines.add(new LineItem(service.name() + ": extra memory " + choice.extraMb() + " MB × "
						+ service.instances(), total, "GB-month", rate.usd().value(),
						money(total.multiply(rate.usd().value()).multiply(factor)), rate, isUnverified(rate),
						rate.usd().approximate()));
			}
			if (factor.compareTo(BigDecimal.ONE) != 0) {
				this.assumptions.add("Instances of '" + service.name() + "' run " + service.hoursPerMonth().stripTrailingZeros().toPlainString()
						+ " h; the price table's month is " + this.billing.effectivePriceHours().stripTrailingZeros().toPlainString()
						+ " h, so each costs " + factor.setScale(4, RoundingMode.HALF_UP).toPlainString() + " of its monthly price.");
			}
		}

		/** Whether an instance can run the service, and at what price per instance-month; {@code null} if not. */
		private @Nullable Choice fit(Instance instance, Workload.Service service, List<String> reasons) {
			if (instance.cpuKind() != null && !kindMatches(instance.cpuKind(), service.cpuKind())) {
				return null;
			}
			// shared CPUs are described so differently (Fly's 1/16-core baseline, Render's 0.5 CPU) that a fractional
			// shared CPU counts as one; performance CPUs must offer the vCPUs asked for
			if (instance.vcpus() != null) {
				BigDecimal offered = service.cpuKind().equals("shared") ? instance.vcpus().max(BigDecimal.ONE)
						: instance.vcpus();
				if (offered.compareTo(service.vcpus()) < 0) {
					return null;
				}
			}
			if (instance.sleeps() && !this.workload.allowSleep()) {
				reasons.add(instance.name() + " sleeps without traffic (allow sleeping to use it)");
				return null;
			}
			if (instance.maxInstances() != null && service.instances() > instance.maxInstances()) {
				reasons.add(instance.name() + " allows at most " + instance.maxInstances() + " per account");
				return null;
			}
			if (instance.poolHours() != null && service.hoursPerMonth().multiply(BigDecimal.valueOf(service.instances()))
				.compareTo(BigDecimal.valueOf(instance.poolHours())) > 0) {
				reasons.add(instance.name() + " includes only " + instance.poolHours() + " instance hours a month");
				return null;
			}
			BigDecimal base = instance.monthlyUsd().known() ? instance.monthlyUsd().value() : BigDecimal.ZERO;
			if (instance.memoryMb() == null) {
				return new Choice(instance, base, 0, true);
			}
			int extra = Math.max(0, service.memoryMb() - instance.memoryMb());
			if (extra == 0) {
				return new Choice(instance, base, 0, false);
			}
			Billing.Rate rate = this.billing.extraMemoryGbMonth();
			if (rate == null || !rate.usd().known() || instance.maxMemoryMb() == null
					|| service.memoryMb() > instance.maxMemoryMb()) {
				reasons.add(MEMORY);
				return null;
			}
			BigDecimal extraCost = BigDecimal.valueOf(extra).divide(MB_PER_GB, SCALE, RoundingMode.HALF_UP)
				.multiply(rate.usd().value());
			return new Choice(instance, base, extra, false, base.add(extraCost));
		}

		private static boolean kindMatches(String offered, String wanted) {
			if (wanted.equals("any")) {
				return true;
			}
			String normal = offered.equals("dedicated") ? "performance" : offered;
			return normal.equals(wanted);
		}

		private BigDecimal timeFactor(BigDecimal hours) {
			if (this.billing.granularity() == Billing.Granularity.MONTH) {
				return BigDecimal.ONE;
			}
			BigDecimal factor = hours.divide(this.billing.effectivePriceHours(), SCALE, RoundingMode.HALF_UP);
			return (this.billing.isCappedAtMonthly() && factor.compareTo(BigDecimal.ONE) > 0) ? BigDecimal.ONE : factor;
		}

		// --- metered resources under a plan fee ----------------------------------------------------------------

		private void meteredCompute() {
			Billing.Resources rates = this.billing.resources();
			if (!rates.vcpuMonth().known() || !rates.memoryGbMonth().known()) {
				this.blockers.add("The usage rates are not known.");
				return;
			}
			BigDecimal usage = BigDecimal.ZERO;
			for (Workload.Service service : this.workload.services()) {
				BigDecimal factor = timeFactor(service.hoursPerMonth());
				BigDecimal instances = BigDecimal.valueOf(service.instances());
				BigDecimal vcpuMonths = service.vcpus().multiply(BigDecimal.valueOf(service.cpuPercent()))
					.divide(HUNDRED, SCALE, RoundingMode.HALF_UP).multiply(instances).multiply(factor);
				BigDecimal gbMonths = BigDecimal.valueOf(service.memoryMb()).divide(MB_PER_GB, SCALE, RoundingMode.HALF_UP)
					.multiply(instances).multiply(factor);
				BigDecimal cpuCost = vcpuMonths.multiply(rates.vcpuMonth().value());
				BigDecimal memoryCost = gbMonths.multiply(rates.memoryGbMonth().value());
				usage = usage.add(cpuCost).add(memoryCost);
				this.lines.add(new LineItem(service.name() + ": CPU, " + service.instances() + " × " + service.vcpus().stripTrailingZeros().toPlainString()
						+ " vCPU at " + service.cpuPercent() + "% use", vcpuMonths, "vCPU-month", rates.vcpuMonth().value(),
						money(cpuCost), rates, isUnverified(rates), false));
				this.lines.add(new LineItem(service.name() + ": memory, " + service.instances() + " × " + service.memoryMb() + " MB",
						gbMonths, "GB-month", rates.memoryGbMonth().value(), money(memoryCost), rates, isUnverified(rates), false));
			}
			this.assumptions.add("Usage is metered: CPU at the average use you gave (100% is the upper bound), memory "
					+ "as if the whole allocation were used all the time.");
			subscription(usage);
		}

		/** The cheapest plan whose limits the workload fits: its fee, less the usage it includes. */
		private void subscription(BigDecimal usage) {
			int replicas = this.workload.services().stream().mapToInt(Workload.Service::count).max().orElse(0);
			int memory = this.workload.services().stream().mapToInt(Workload.Service::memoryMb).max().orElse(0);
			BigDecimal vcpus = this.workload.services().stream().map(Workload.Service::vcpus)
				.max(Comparator.naturalOrder()).orElse(BigDecimal.ZERO);
			Optional<Subscription> plan = this.billing.subscriptions().stream()
				.filter((s) -> s.monthlyUsd().known() && s.includedUsageUsd().known())
				.filter((s) -> s.maxReplicas() == null || replicas <= s.maxReplicas())
				.filter((s) -> s.maxMemoryMb() == null || memory <= s.maxMemoryMb())
				.filter((s) -> s.maxVcpus() == null || vcpus.compareTo(BigDecimal.valueOf(s.maxVcpus())) <= 0)
				.min(Comparator.comparing((Subscription s) -> s.monthlyUsd().value()
					.add(usage.subtract(s.includedUsageUsd().value()).max(BigDecimal.ZERO))));
			if (plan.isEmpty()) {
				if (!this.billing.subscriptions().isEmpty()) {
					this.blockers.add("No plan's limits fit this workload (replicas, memory or vCPUs per service).");
				}
				return;
			}
			Subscription s = plan.get();
			this.lines.add(new LineItem(s.name() + " plan fee", BigDecimal.ONE, "month", s.monthlyUsd().value(),
					money(s.monthlyUsd().value()), s, isUnverified(s), false));
			BigDecimal credit = usage.min(s.includedUsageUsd().value());
			this.lines.add(new LineItem("Usage included in the " + s.name() + " plan (up to $"
					+ s.includedUsageUsd().value().stripTrailingZeros().toPlainString() + ")", BigDecimal.ONE, "month",
					credit.negate(), money(credit.negate()), s, isUnverified(s), false));
			this.assumptions.add("The " + s.name() + " plan is the cheapest whose limits fit; its fee includes $"
					+ s.includedUsageUsd().value().stripTrailingZeros().toPlainString() + " of usage.");
		}

		// --- storage, egress, addresses, database --------------------------------------------------------------

		private void storage() {
			BigDecimal gb = this.workload.storageGb();
			if (gb.signum() == 0) {
				return;
			}
			rateLine("Volume storage", gb, "GB-month", this.billing.storageGbMonth());
		}

		private void egress() {
			Map<EgressRate, BigDecimal> byGroup = new LinkedHashMap<>();
			BigDecimal unpriced = BigDecimal.ZERO;
			// in area order, so that the lines come out the same on every run
			for (Map.Entry<Area, BigDecimal> entry : this.workload.egressGb().entrySet().stream()
				.sorted(Map.Entry.comparingByKey()).toList()) {
				if (entry.getValue().signum() == 0) {
					continue;
				}
				Region region = this.regions.get(entry.getKey());
				Optional<EgressRate> rate = (region != null) ? egressRate(region) : Optional.empty();
				if (rate.isPresent()) {
					byGroup.merge(rate.get(), entry.getValue(), BigDecimal::add);
				}
				else {
					unpriced = unpriced.add(entry.getValue());
				}
			}
			for (Map.Entry<EgressRate, BigDecimal> entry : byGroup.entrySet()) {
				EgressRate rate = entry.getKey();
				BigDecimal gb = entry.getValue();
				BigDecimal free = (rate.freeGb() != null) ? BigDecimal.valueOf(rate.freeGb()) : BigDecimal.ZERO;
				BigDecimal billed = gb.subtract(free).max(BigDecimal.ZERO);
				if (free.signum() > 0) {
					this.assumptions.add("Egress in " + rate.group() + ": the first " + free + " GB each month are included.");
				}
				if (!rate.perGbUsd().known()) {
					unknownLine("Egress, " + rate.group(), gb, "GB", rate);
					continue;
				}
				this.lines.add(new LineItem("Egress, " + rate.group(), billed, "GB", rate.perGbUsd().value(),
						money(billed.multiply(rate.perGbUsd().value())), rate, isUnverified(rate),
						rate.perGbUsd().approximate()));
			}
			if (unpriced.signum() > 0) {
				unknownLine("Egress (no published price)", unpriced, "GB", null);
			}
		}

		private Optional<EgressRate> egressRate(Region region) {
			Optional<EgressRate> byCode = this.billing.egress().stream()
				.filter((r) -> r.regions().contains(region.code()))
				.findFirst();
			return byCode.isPresent() ? byCode
					: this.billing.egress().stream().filter((r) -> r.continents().contains(region.continent())).findFirst();
		}

		private void ipv4() {
			if (this.workload.dedicatedIpv4() == 0) {
				return;
			}
			rateLine("Dedicated IPv4 addresses", BigDecimal.valueOf(this.workload.dedicatedIpv4()), "address-month",
					this.billing.dedicatedIpv4Month());
		}

		private void postgres() {
			Integer memory = this.workload.postgresMemoryMb();
			if (memory == null) {
				return;
			}
			Optional<Instance> plan = this.billing.postgres().stream()
				.filter((p) -> p.monthlyUsd().known())
				.filter((p) -> p.memoryMb() == null || p.memoryMb() >= memory)
				.min(Comparator.comparing((Instance p) -> p.memoryMb() == null).thenComparing((Instance p) -> p.monthlyUsd().value()));
			if (plan.isEmpty()) {
				unknownLine("Managed PostgreSQL, " + memory + " MB", BigDecimal.ONE, "month", null);
				this.warnings.add("No managed PostgreSQL plan with a known price and at least " + memory + " MB.");
				return;
			}
			Instance p = plan.get();
			if (p.memoryMb() == null) {
				this.warnings.add("The memory of the " + p.name() + " PostgreSQL plan is unknown.");
			}
			this.lines.add(new LineItem("Managed PostgreSQL, " + p.name() + " plan", BigDecimal.ONE, "month",
					p.monthlyUsd().value(), money(p.monthlyUsd().value()), p, isUnverified(p),
					p.monthlyUsd().approximate() || p.monthlyUsd().range()));
		}

		private void rateLine(String what, BigDecimal quantity, String unit, Billing.@Nullable Rate rate) {
			if (rate == null || !rate.usd().known()) {
				unknownLine(what, quantity, unit, rate);
				return;
			}
			this.lines.add(new LineItem(what, quantity, unit, rate.usd().value(),
					money(quantity.multiply(rate.usd().value())), rate, isUnverified(rate), rate.usd().approximate()));
		}

		private void unknownLine(String what, BigDecimal quantity, String unit, @Nullable Sourced fact) {
			this.lines.add(new LineItem(what, quantity, unit, null, null, fact, false, false));
		}

		// --- result --------------------------------------------------------------------------------------------

		private Estimate finish() {
			String slug = this.profile.slug();
			List<Placement> placed = new ArrayList<>(this.placements.values());
			if (!this.blockers.isEmpty()) {
				return new Estimate(slug, this.profile.name(), null, Estimate.Status.UNAVAILABLE, false, this.lines,
						placed, this.assumptions, this.warnings, this.blockers);
			}
			BigDecimal total = BigDecimal.ZERO;
			boolean complete = true;
			boolean approximate = false;
			for (LineItem line : this.lines) {
				if (line.known()) {
					total = total.add(line.monthly());
				}
				else {
					complete = false;
				}
				approximate |= line.approximate() || line.unverified();
			}
			if (!complete) {
				this.warnings.add("Some prices are unknown: the total is a lower bound.");
			}
			if (this.lines.stream().anyMatch(LineItem::unverified)) {
				this.warnings.add("Some prices come from unverified third-party sources.");
			}
			return new Estimate(slug, this.profile.name(), total.setScale(2, RoundingMode.HALF_UP),
					complete ? Estimate.Status.COMPLETE : Estimate.Status.INCOMPLETE, approximate, this.lines, placed,
					this.assumptions, this.warnings, this.blockers);
		}

		private boolean isUnverified(Sourced fact) {
			String source = (fact.source() != null) ? fact.source() : this.billing.source();
			ProviderProfile.Source named = (source != null) ? this.profile.sources().get(source) : null;
			return named != null && named.isUnverified();
		}

		private static String describe(Workload.Service service) {
			return service.vcpus().stripTrailingZeros().toPlainString() + " " + service.cpuKind() + " vCPU, "
					+ service.memoryMb() + " MB";
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
			return metered + "; a listed monthly price pays for "
					+ billing.effectivePriceHours().stripTrailingZeros().toPlainString() + " hours"
					+ (billing.isCappedAtMonthly() ? ", and a month never costs more than it." : ", and longer months cost more.");
		}

	}

	/** Cents, half up: how every line and total is shown. */
	static BigDecimal money(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.HALF_UP);
	}

	/** An instance that fits a service, with the memory it needs beyond its own. */
	private record Choice(Instance instance, BigDecimal basePrice, int extraMb, boolean memoryUnknown,
			BigDecimal monthlyPerInstance) {

		Choice(Instance instance, BigDecimal basePrice, int extraMb, boolean memoryUnknown) {
			this(instance, basePrice, extraMb, memoryUnknown, basePrice);
		}
	}

}
