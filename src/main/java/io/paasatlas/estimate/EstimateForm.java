package io.paasatlas.estimate;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.paasatlas.catalog.CpuKind;
import io.paasatlas.pricing.Area;
import io.paasatlas.pricing.Workload;
import io.paasatlas.validation.AreaKeys;
import io.paasatlas.validation.Instances;
import io.paasatlas.validation.MemoryMb;
import io.paasatlas.validation.Quantity;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The estimate form: the query string of {@code /estimate}, so that an estimate is a link to share. Every field is
 * text, validated and parsed here, so that every bad field gets its message in one response (a number field would
 * stop at the first type mismatch).
 * <p>
 * A field that is not given takes the value of the {@link WorkloadPreset preset} named by {@code preset}, or of the
 * Minimal Flask App without one; a field that is given overrides the preset.
 *
 * @param preset {@code minimal-flask} or {@code global-flask}
 * @param providers provider slugs, comma-separated or repeated; none means every provider
 * @param instances instances per region, 1 to 1,000
 * @param memoryMb memory per instance in MB, 64 to 1,048,576
 * @param vcpus vCPUs per instance, 0.1 to 256
 * @param cpuKind {@code shared}, {@code performance} or {@code any}
 * @param regions {@link Area} keys, comma-separated or repeated: 1 to 12 distinct
 * @param hours hours each instance runs in a month, 1 to 744 (730 = always on)
 * @param cpuPercent average use of the vCPUs in percent, 0.01 to 100: what a shared CPU's baseline must sustain and what
 * providers that bill measured use charge
 * @param storageGb volume storage in GB, 0 to 100,000
 * @param imageGb the size of the app's image in GB, 0 to 1,000, which Fly.io bills while a Machine is stopped; blank
 * when not known (such a total is then a lower bound)
 * @param egressGb outbound traffic in GB per month in total, 0 to 10,000,000, split evenly across the regions
 * @param ipv4 dedicated IPv4 addresses, 0 to 100
 * @param postgresMb memory of a managed PostgreSQL database in MB; blank for none
 * @param allowSleep {@code true} when instances may sleep without traffic (free and eco tiers qualify only then)
 */
record EstimateForm(@Nullable @PresetKey String preset,
		@Nullable @Size(max = 500, message = "{estimate.error.providers.format}")
		@Pattern(regexp = "\\s*|\\s*[a-z0-9-]+(\\s*,\\s*[a-z0-9-]+)*\\s*",
				message = "{estimate.error.providers.format}") String providers,
		@Instances String instances,
		@MemoryMb String memoryMb,
		@Quantity(min = "0.1", max = "256", message = "{estimate.error.vcpus}") String vcpus,
		@Pattern(regexp = "shared|performance|any", message = "{estimate.error.cpuKind}") String cpuKind,
		@AreaKeys String regions,
		@Quantity(min = "1", max = "744", message = "{estimate.error.hours}") String hours,
		@Quantity(min = "0.01", max = "100", message = "{estimate.error.cpuPercent}") String cpuPercent,
		@Quantity(min = "0", max = "100000", message = "{estimate.error.storageGb}") String storageGb,
		@Nullable @Quantity(min = "0", max = "1000", optional = true,
				message = "{estimate.error.imageGb}") String imageGb,
		@Quantity(min = "0", max = "10000000", message = "{estimate.error.egressGb}") String egressGb,
		@Quantity(min = "0", max = "100", whole = true, message = "{estimate.error.ipv4}") String ipv4,
		@Nullable @MemoryMb(optional = true, message = "{estimate.error.postgresMb}") String postgresMb,
		@Pattern(regexp = "true|false", message = "{estimate.error.allowSleep}") String allowSleep) {

	/** The name of the one service a form describes. */
	static final String SERVICE = "web";

	/**
	 * The query parameters, named once: the record's components, in their order. The page's form, its share links,
	 * the API, the CSV and the OpenAPI document's check all use these names.
	 */
	static final List<String> PARAMETERS = Arrays.stream(EstimateForm.class.getRecordComponents())
		.map(RecordComponent::getName)
		.toList();

	private static final Constructor<EstimateForm> CONSTRUCTOR = canonicalConstructor();

	EstimateForm {
		WorkloadPreset base = WorkloadPreset.of(preset).orElse(WorkloadPreset.MINIMAL_FLASK);
		instances = (instances != null) ? instances : base.instances();
		memoryMb = (memoryMb != null) ? memoryMb : base.memoryMb();
		vcpus = (vcpus != null) ? vcpus : base.vcpus();
		cpuKind = (cpuKind != null) ? cpuKind : base.cpuKind();
		regions = (regions != null) ? regions : base.regions();
		hours = (hours != null) ? hours : base.hours();
		cpuPercent = (cpuPercent != null) ? cpuPercent : base.cpuPercent();
		storageGb = (storageGb != null) ? storageGb : base.storageGb();
		// no preset knows an image's size: blank and absent both mean "not given"
		imageGb = (imageGb != null && !imageGb.isBlank()) ? imageGb : null;
		egressGb = (egressGb != null) ? egressGb : base.egressGb();
		ipv4 = (ipv4 != null) ? ipv4 : base.ipv4();
		postgresMb = (postgresMb != null) ? postgresMb : base.postgresMb();
		allowSleep = (allowSleep != null) ? allowSleep : base.allowSleep();
	}

	/**
	 * The form of these parameters, by name; an absent or {@code null} one takes the preset's value.
	 */
	static EstimateForm of(Map<String, ? extends @Nullable String> parameters) {
		Object[] values = PARAMETERS.stream().map(parameters::get).toArray();
		try {
			return CONSTRUCTOR.newInstance(values);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("EstimateForm's canonical constructor failed", ex);
		}
	}

	/**
	 * The parameters of this form, in {@link #PARAMETERS}' order, for a link that shows the same estimate: the
	 * preset only when it names one, every other field as given or defaulted.
	 */
	public Map<String, String> parameters() {
		Map<String, String> parameters = new LinkedHashMap<>();
		for (RecordComponent component : EstimateForm.class.getRecordComponents()) {
			Object value;
			try {
				value = component.getAccessor().invoke(this);
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException("EstimateForm's accessor failed", ex);
			}
			if (value != null && !(component.getName().equals("preset") && chosenPreset().isEmpty())) {
				parameters.put(component.getName(), (String) value);
			}
		}
		return parameters;
	}

	/** The link to this estimate, to share it. */
	public String link() {
		return link(parameters());
	}

	/** The link to the same estimate on one provider. */
	public String link(String provider) {
		Map<String, String> parameters = parameters();
		parameters.put("providers", provider);
		return link(parameters);
	}

	private static String link(Map<String, String> parameters) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath("/estimate");
		parameters.forEach(link::queryParam);
		return link.encode().build().toUriString();
	}

	/** The provider slugs asked for, in order, each once; empty for every provider. */
	List<String> providerSlugs() {
		if (this.providers == null || this.providers.isBlank()) {
			return List.of();
		}
		return Arrays.stream(this.providers.split(",")).map(String::strip).filter((s) -> !s.isEmpty()).distinct()
			.toList();
	}

	/** Whether the slug is asked for; every slug is when none is named. */
	public boolean includes(String slug) {
		List<String> slugs = providerSlugs();
		return slugs.isEmpty() || slugs.contains(slug);
	}

	/** Whether the regions name this area; leniently, for showing the form whether valid or not. */
	public boolean hasRegion(String key) {
		return this.regions != null && Arrays.stream(this.regions.split(",")).map(Area::of)
			.anyMatch((a) -> a.isPresent() && a.get().key().equals(key));
	}

	/** The regions; only for a valid form. */
	List<Area> areaList() {
		return Arrays.stream(this.regions.split(",")).map((key) -> Area.of(key).orElseThrow()).distinct().toList();
	}

	/** The preset named by {@code preset}, whether or not fields override it. */
	public Optional<WorkloadPreset> chosenPreset() {
		return WorkloadPreset.of(this.preset);
	}

	/** The preset whose workload this is, field for field; only for a valid form. */
	Optional<WorkloadPreset> matchingPreset() {
		Values values = values().normalized();
		return Arrays.stream(WorkloadPreset.values())
			.filter((p) -> p.form().values().normalized().equals(values))
			.findFirst();
	}

	/** The workload the cost model prices; only for a valid form. */
	Workload toWorkload() {
		return toWorkload(Integer.parseInt(this.instances.strip()));
	}

	/** The same workload with another number of instances per region: how cost grows with scale. */
	Workload toWorkload(int instancesPerRegion) {
		Values v = values();
		List<Area> areas = areaList();
		Workload.Service service = new Workload.Service(SERVICE, instancesPerRegion, cpuKind(v.cpuKind()), v.vcpus(),
				v.memoryMb(), areas, v.hours(), v.cpuPercent())
			.withImageGb(v.imageGb());
		Map<Area, BigDecimal> egress = new LinkedHashMap<>();
		BigDecimal share = v.egressGb().divide(BigDecimal.valueOf(areas.size()), 6, RoundingMode.HALF_UP);
		for (Area area : areas) {
			egress.put(area, share);
		}
		return new Workload(List.of(service), v.storageGb(), egress, v.ipv4(), v.postgresMb(), v.allowSleep());
	}

	/** The CPU kind asked for; {@code null} for any. */
	private static @Nullable CpuKind cpuKind(String key) {
		return switch (key) {
			case "shared" -> CpuKind.SHARED;
			case "performance" -> CpuKind.PERFORMANCE;
			default -> null;
		};
	}

	private Values values() {
		String postgres = (this.postgresMb != null && !this.postgresMb.isBlank()) ? this.postgresMb.strip() : null;
		return new Values(Integer.parseInt(this.instances.strip()), Integer.parseInt(this.memoryMb.strip()),
				number(this.vcpus), this.cpuKind, Set.copyOf(areaList()), number(this.hours),
				number(this.cpuPercent), number(this.storageGb),
				(this.imageGb != null) ? number(this.imageGb) : null, number(this.egressGb),
				Integer.parseInt(this.ipv4.strip()), (postgres != null) ? Integer.valueOf(postgres) : null,
				Boolean.parseBoolean(this.allowSleep));
	}

	private static BigDecimal number(String text) {
		return new BigDecimal(text.strip());
	}

	/** The parsed values. */
	private record Values(int instances, int memoryMb, BigDecimal vcpus, String cpuKind, Set<Area> areas,
			BigDecimal hours, BigDecimal cpuPercent, BigDecimal storageGb, @Nullable BigDecimal imageGb,
			BigDecimal egressGb, int ipv4,
			@Nullable Integer postgresMb, boolean allowSleep) {

		/** The same values with numbers compared by value, so that {@code 1.0} equals {@code 1}. */
		Values normalized() {
			return new Values(this.instances, this.memoryMb, plain(this.vcpus), this.cpuKind, this.areas,
					plain(this.hours), plain(this.cpuPercent), plain(this.storageGb),
					(this.imageGb != null) ? plain(this.imageGb) : null, plain(this.egressGb), this.ipv4,
					this.postgresMb, this.allowSleep);
		}

		private static BigDecimal plain(BigDecimal value) {
			return (value.signum() == 0) ? BigDecimal.ZERO : value.stripTrailingZeros();
		}

	}

	private static Constructor<EstimateForm> canonicalConstructor() {
		Class<?>[] types = Arrays.stream(EstimateForm.class.getRecordComponents())
			.map(RecordComponent::getType)
			.toArray(Class<?>[]::new);
		try {
			return EstimateForm.class.getDeclaredConstructor(types);
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
