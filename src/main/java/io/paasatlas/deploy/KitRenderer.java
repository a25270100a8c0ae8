package io.paasatlas.deploy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.paasatlas.catalog.ProviderProfile;
import io.paasatlas.catalog.ProviderProfile.Region;
import io.paasatlas.catalog.RegionStatus;

import org.springframework.validation.Errors;

/**
 * One provider's part of a kit: its files, its commands and what it can run. The app's files, the README and the
 * cost are shared ({@link AppFiles}, {@link DeployCost}), so a provider added to the catalog gets a kit by adding one
 * renderer as a Spring bean; providers without one get a page that says so.
 */
interface KitRenderer {

	/** The slug of the provider's profile. */
	String slug();

	/** The regions a kit may use, in the profile's order: by default every current region. */
	default List<Region> regions(ProviderProfile profile) {
		return profile.regions().list().stream().filter((r) -> r.effectiveStatus() == RegionStatus.CURRENT).toList();
	}

	/** What the provider can run: regions, cron intervals, the database, the server, workers. */
	Limits limits();

	/** The machine, plan or dyno for the memory asked for; empty when none fits. */
	Optional<Size> size(int memoryMb, Facts facts);

	/** Checks that need the whole description (a database region, say); rejects fields on {@code errors}. */
	default void check(Deployment deployment, Errors errors) {
	}

	/** Rejects a database when the primary region is not one the provider's managed PostgreSQL runs in. */
	static void checkDatabaseRegion(Deployment deployment, Set<String> databaseRegions, Errors errors) {
		if (deployment.postgres() && !databaseRegions.contains(deployment.primary().code())) {
			errors.rejectValue("postgres", "deploy.error.postgres.region",
					new Object[] { deployment.primary().code(), deployment.provider().name(),
							databaseRegions.stream().sorted().collect(Collectors.joining(", ")) },
					"Managed Postgres is not offered in the primary region");
		}
	}

	/** The provider's files, the commands to run and what else to know. */
	Rendered render(Deployment deployment, Size size, Facts facts);

	/** A renderer's output. */
	record Rendered(List<KitFile> files, List<Step> steps, List<Note> notes) {
	}

}
