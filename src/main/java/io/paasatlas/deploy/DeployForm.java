package io.paasatlas.deploy;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.paasatlas.catalog.ProviderProfile.Region;
import org.jspecify.annotations.Nullable;

import org.springframework.validation.Errors;

/**
 * The deploy form: the query string of {@code /deploy}, {@code /deploy/{slug}.zip} and {@code /api/deploy}, so that
 * a kit is a link to share. Every field is text, checked by {@link #describe} against the provider's renderer (the
 * form's constraint, {@link Deployable}), so that every bad field gets its message at once and nothing a user types
 * reaches a file unchecked. A field that is
 * not given takes its default; {@code regions} defaults to the provider's default region.
 *
 * @param name the app's name
 * @param python {@code 3.10} to {@code 3.13}
 * @param entry the WSGI entry point, {@code module:variable}
 * @param server {@code gunicorn} or {@code waitress}
 * @param memoryMb one of {@link #MEMORY_CHOICES}
 * @param regions the provider's region codes, comma-separated or repeated, the primary first
 * @param postgres {@code true} for a managed PostgreSQL database
 * @param worker {@code true} for a background worker process
 * @param cron {@code none}, or how often a cron job runs ({@link CronSchedule})
 */
@Deployable
record DeployForm(@Nullable String provider, String name, String python, String entry, String server,
		String memoryMb, @Nullable String regions, String postgres, String worker, String cron) {

	/**
	 * The parameters, named once: the record's components, in their order. The page, the zip, the API and the links
	 * all use these names.
	 */
	static final List<String> PARAMETERS = Arrays.stream(DeployForm.class.getRecordComponents())
		.map(RecordComponent::getName)
		.toList();

	static final List<Integer> MEMORY_CHOICES = List.of(256, 512, 1024, 2048);

	static final String DEFAULT_NAME = "flask-app";

	static final String NO_CRON = "none";

	private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{1,28}[a-z0-9]");

	DeployForm {
		name = or(name, DEFAULT_NAME);
		python = or(python, PythonVersion.DEFAULT.text());
		entry = or(entry, WsgiEntry.DEFAULT.text());
		server = or(server, WsgiServer.DEFAULT.key());
		memoryMb = or(memoryMb, "512");
		postgres = or(postgres, "false");
		worker = or(worker, "false");
		cron = or(cron, NO_CRON);
	}

	/** A form with every default, for a provider. */
	@SuppressWarnings("NullAway") // the compact constructor gives each null its default
	static DeployForm of(String provider) {
		return new DeployForm(provider, null, null, null, null, null, null, null, null, null);
	}

	private static String or(@Nullable String value, String fallback) {
		return (value != null) ? value.strip() : fallback;
	}

	/**
	 * The description of the deployment, or {@code null} with each bad field rejected on {@code errors} (message
	 * codes {@code deploy.error.<field>...}).
	 */
	@Nullable Deployment describe(KitRenderer renderer, Facts facts, Errors errors) {
		String provider = facts.profile().name();
		if (!NAME.matcher(this.name).matches()) {
			errors.rejectValue("name", "deploy.error.name", "bad name");
		}
		Optional<PythonVersion> python = PythonVersion.of(this.python);
		if (python.isEmpty()) {
			errors.rejectValue("python", "deploy.error.python", new Object[] { versions() }, "bad Python version");
		}
		Optional<WsgiEntry> entry = WsgiEntry.parse(this.entry);
		if (entry.isEmpty()) {
			errors.rejectValue("entry", "deploy.error.entry", "bad entry");
		}
		Optional<WsgiServer> server = WsgiServer.of(this.server);
		if (server.isEmpty()) {
			errors.rejectValue("server", "deploy.error.server", "bad server");
		}
		Integer memory = memory();
		Optional<Size> size = Optional.empty();
		if (memory == null) {
			errors.rejectValue("memoryMb", "deploy.error.memoryMb", "bad memory");
		}
		else {
			size = renderer.size(memory, facts);
			if (size.isEmpty()) {
				errors.rejectValue("memoryMb", "deploy.error.memoryMb.provider", new Object[] { memory, provider },
						"no size for this memory");
			}
		}
		List<Region> regions = regions(renderer, facts, errors);
		boolean postgres = flag("postgres", this.postgres, errors);
		boolean worker = flag("worker", this.worker, errors);
		CronSchedule cron = null;
		if (!NO_CRON.equals(this.cron)) {
			cron = CronSchedule.of(this.cron).orElse(null);
			if (cron == null) {
				errors.rejectValue("cron", "deploy.error.cron", "bad cron");
			}
			else if (!renderer.limits().cron().contains(cron)) {
				errors.rejectValue("cron", "deploy.error.cron.provider", new Object[] { provider,
						Arrays.stream(CronSchedule.values()).filter(renderer.limits().cron()::contains)
							.map(CronSchedule::key).collect(Collectors.joining(", ")) },
						"schedule not offered");
			}
		}
		if (errors.hasErrors()) {
			return null;
		}
		Deployment deployment = new Deployment(facts.profile(), this.name, python.orElseThrow(), entry.orElseThrow(),
				server.orElseThrow(), Objects.requireNonNull(memory), regions, postgres, worker, cron);
		renderer.check(deployment, errors);
		return errors.hasErrors() ? null : deployment;
	}

	private List<Region> regions(KitRenderer renderer, Facts facts, Errors errors) {
		Map<String, Region> offered = new LinkedHashMap<>();
		renderer.regions(facts.profile()).forEach((r) -> offered.put(r.code(), r));
		String[] codes = regionCodes(renderer);
		List<Region> regions = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (String code : codes) {
			Region region = offered.get(code);
			if (code.isEmpty() || code.length() > 40 || !seen.add(code)) {
				errors.rejectValue("regions", "deploy.error.regions", "bad regions");
				return List.of();
			}
			if (region == null) {
				errors.rejectValue("regions", "deploy.error.regions.unknown", new Object[] { code,
						facts.profile().name(), String.join(", ", offered.keySet()) }, "unknown region");
				return List.of();
			}
			regions.add(region);
		}
		if (regions.size() > renderer.limits().maxRegions()) {
			errors.rejectValue("regions", "deploy.error.regions.tooMany",
					new Object[] { facts.profile().name(), renderer.limits().maxRegions() }, "too many regions");
			return List.of();
		}
		return regions;
	}

	/** The region codes asked for, or the renderer's default; leniently, for showing the form. */
	String[] regionCodes(KitRenderer renderer) {
		if (this.regions == null || this.regions.isBlank()) {
			return new String[] { renderer.limits().defaultRegion() };
		}
		if (this.regions.length() > 400) {
			return new String[] { "" };
		}
		return Arrays.stream(this.regions.split(",", -1)).map(String::strip).toArray(String[]::new);
	}

	private @Nullable Integer memory() {
		String text = this.memoryMb;
		return MEMORY_CHOICES.stream().filter((m) -> String.valueOf(m).equals(text)).findFirst().orElse(null);
	}

	private static boolean flag(String field, String value, Errors errors) {
		if (!value.equals("true") && !value.equals("false")) {
			errors.rejectValue(field, "deploy.error.flag", "must be true or false");
		}
		return value.equals("true");
	}

	private static String versions() {
		return Arrays.stream(PythonVersion.values()).map(PythonVersion::text).collect(Collectors.joining(", "));
	}

}
