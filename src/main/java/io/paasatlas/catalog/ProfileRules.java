package io.paasatlas.catalog;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The checks of one profile that Bean Validation cannot express: prices are not negative, no date lies in the
 * future, every cited source exists, the slug matches the file name, region codes and feature keys are unique.
 * Prices, dates and sources can sit anywhere in the document, so the rules walk every record in it.
 */
public final class ProfileRules {

	private final Clock clock;

	public ProfileRules(Clock clock) {
		this.clock = clock;
	}

	/** Reports each broken rule as (field path, message). */
	void check(ProviderProfile profile, String fileName, BiConsumer<FieldPath, String> report) {
		String expected = fileName.replaceFirst("\\.ya?ml$", "");
		if (profile.slug() != null && !profile.slug().equals(expected)) {
			report.accept(FieldPath.ROOT.child("slug"),
					"slug '" + profile.slug() + "' does not match the file name: name the file " + profile.slug() + ".yaml");
		}
		LocalDate today = LocalDate.now(this.clock);
		Set<String> sources = (profile.sources() != null) ? profile.sources().keySet() : Set.of();
		// the text the corrections' phrases are looked up in, gathered in the same walk, and only if any has a phrase
		List<String> texts = new ArrayList<>();
		boolean phrases = profile.corrections() != null && profile.corrections().stream()
			.anyMatch((correction) -> correction.phrases() != null && !correction.phrases().isEmpty());
		walk(profile, FieldPath.ROOT, (path, name, value) -> {
			if (phrases && value instanceof String text && !"corrections".equals(path.segments().get(0))) {
				texts.add(text.toLowerCase(Locale.ROOT));
			}
			if (value instanceof Price price && price.known() && price.lower().compareTo(BigDecimal.ZERO) < 0) {
				report.accept(path, "price " + price + " is negative: prices are 0 or more");
			}
			else if (value instanceof AsOf date && date.start().isAfter(today)) {
				report.accept(path, "date " + date + " is in the future (today is " + today + ")");
			}
			else if ((name.equals("source") || name.endsWith("_source")) && value instanceof String source && !sources.contains(source)
					&& !source.startsWith("https://") && !source.startsWith("http://")) {
				report.accept(path, "source '" + source + "' is neither a URL nor an id listed under sources "
						+ sources.stream().sorted().toList());
			}
		});
		if (profile.regions() != null) {
			checkRegions(profile.regions().list(), report);
		}
		if (profile.features() != null) {
			Set<FeatureKey> seen = new HashSet<>();
			for (int i = 0; i < profile.features().size(); i++) {
				FeatureKey key = profile.features().get(i).key();
				if (key != null && !seen.add(key)) {
					report.accept(FieldPath.ROOT.child("features").index(i).child("key"),
							"feature '" + key.key() + "' is listed twice");
				}
			}
		}
		if (profile.corrections() != null) {
			checkCorrections(profile, texts, report);
		}
		if (profile.pricing() != null) {
			Set<String> ids = new HashSet<>();
			List<ProviderProfile.CostExample> examples = profile.pricing().costExamples();
			for (int i = 0; i < examples.size(); i++) {
				if (examples.get(i).id() != null && !ids.add(examples.get(i).id())) {
					report.accept(FieldPath.ROOT.child("pricing").child("cost_examples").index(i).child("id"),
							"cost example id '" + examples.get(i).id() + "' is used twice");
				}
			}
		}
	}

	/** Each phrase of a correction appears in the profile's text, and its check holds on the typed facts. */
	private static void checkCorrections(ProviderProfile profile, List<String> texts,
			BiConsumer<FieldPath, String> report) {
		for (int i = 0; i < profile.corrections().size(); i++) {
			ProviderProfile.Correction correction = profile.corrections().get(i);
			FieldPath at = FieldPath.ROOT.child("corrections").index(i);
			if (correction.phrases() != null) {
				for (int j = 0; j < correction.phrases().size(); j++) {
					String phrase = correction.phrases().get(j);
					if (phrase != null && texts.stream().noneMatch((t) -> t.contains(phrase.toLowerCase(Locale.ROOT)))) {
						report.accept(at.child("phrases").index(j), "phrase '" + phrase + "' appears nowhere in this profile");
					}
				}
			}
			String failed = (correction.check() != null) ? failedCheck(profile, correction.check()) : null;
			if (failed != null) {
				report.accept(at.child("check"), failed);
			}
		}
	}

	private static @org.jspecify.annotations.Nullable String failedCheck(ProviderProfile profile,
			ProviderProfile.CorrectionCheck check) {
		if (check.currentRegions() != null && profile.regions() != null) {
			long current = profile.regions().list().stream()
				.filter((r) -> r.effectiveStatus() == RegionStatus.CURRENT)
				.count();
			if (current != check.currentRegions()) {
				return "the region list has " + current + " current regions, not " + check.currentRegions();
			}
		}
		if (check.postgresPlans() != null) {
			boolean plans = profile.billing() != null && !profile.billing().postgres().isEmpty();
			if (plans != check.postgresPlans()) {
				return "the billing section " + (plans ? "lists" : "lists no") + " managed PostgreSQL plans";
			}
		}
		if (check.dockerfile() != null) {
			ProviderProfile.Dockerfile dockerfile = (profile.deployment() != null) ? profile.deployment().dockerfile()
					: null;
			if (dockerfile == null || dockerfile.need() != check.dockerfile()) {
				return "deployment.dockerfile.need is not " + check.dockerfile().key();
			}
		}
		if (check.feature() != null) {
			ProviderProfile.Feature feature = (profile.features() == null) ? null
					: profile.features().stream().filter((f) -> f.key() == check.feature()).findFirst().orElse(null);
			if (feature == null || (check.support() != null && feature.support() != check.support())) {
				return "feature " + check.feature().key() + " is not " + ((check.support() != null) ? check.support().key()
						: "listed");
			}
		}
		return null;
	}

	private static void checkRegions(List<ProviderProfile.Region> regions, BiConsumer<FieldPath, String> report) {
		FieldPath list = FieldPath.ROOT.child("regions").child("list");
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < regions.size(); i++) {
			String code = regions.get(i).code();
			if (code != null && !codes.add(code)) {
				report.accept(list.index(i).child("code"), "region code '" + code + "' is used twice in this profile");
			}
		}
		for (int i = 0; i < regions.size(); i++) {
			String replacement = regions.get(i).replacedBy();
			if (replacement != null && !codes.contains(replacement)) {
				report.accept(list.index(i).child("replaced_by"),
						"replacement region '" + replacement + "' is not in this profile's region list");
			}
		}
	}

	/** Something found in the document: its path, the component name it sits under, and its value. */
	@FunctionalInterface
	interface Visitor {

		void visit(FieldPath path, String name, Object value);

	}

	/** A record type's components: their YAML names and accessors, looked up once per type. */
	private record Component(String name, Method accessor) {
	}

	// Class#getRecordComponents builds new Method objects at every call, and each new Method builds its own
	// accessor at its first invoke: looked up per record, that was half the time of reading a profile
	private static final ClassValue<List<Component>> COMPONENTS = new ClassValue<>() {
		@Override
		protected List<Component> computeValue(Class<?> type) {
			return Arrays.stream(type.getRecordComponents()).map((component) -> {
				Method accessor = component.getAccessor();
				// without it every invoke looks up its caller (a stack walk) to check access: a fifth of the rules' time
				accessor.setAccessible(true);
				return new Component(FieldPath.snakeCase(component.getName()), accessor);
			}).toList();
		}
	};

	static void walk(Object node, FieldPath path, Visitor visitor) {
		if (node instanceof Record record) {
			for (Component component : COMPONENTS.get(record.getClass())) {
				Object value;
				try {
					value = component.accessor().invoke(record);
				}
				catch (ReflectiveOperationException ex) {
					throw new IllegalStateException(ex);
				}
				if (value != null) {
					FieldPath child = path.child(component.name());
					visitor.visit(child, component.name(), value);
					walk(value, child, visitor);
				}
			}
		}
		else if (node instanceof List<?> list) {
			for (int i = 0; i < list.size(); i++) {
				Object item = list.get(i);
				if (item != null) {
					visitor.visit(path.index(i), "", item);
					walk(item, path.index(i), visitor);
				}
			}
		}
		else if (node instanceof Map<?, ?> map) {
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				if (entry.getValue() != null) {
					FieldPath child = path.child(String.valueOf(entry.getKey()));
					visitor.visit(child, "", entry.getValue());
					walk(entry.getValue(), child, visitor);
				}
			}
		}
		else if (node instanceof Collection<?>) {
			throw new IllegalStateException("unexpected collection at " + path);
		}
	}

}
