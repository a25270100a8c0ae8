package io.paasatlas.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every kind of page of the site, for the checks that must hold on all of them (accessibility, page weight): each
 * provider's page and each source document, read from {@code data/}, so a new provider is checked without a change
 * here; plus each feature's pages, with and without input, and their error pages.
 */
public final class SitePages {

	private SitePages() {
	}

	/** Every page to check, as paths with their query. */
	public static List<String> all() {
		List<String> slugs = providerSlugs();
		String six = String.join(",", slugs.subList(0, Math.min(6, slugs.size())));
		List<String> pages = new ArrayList<>(List.of("/", "/providers", "/providers?freeTier=none&sort=name&dir=desc",
				"/providers?maxPrice=10&postgres=true&noDockerfile=true&sort=estimate", "/providers?page=-1"));
		slugs.forEach((slug) -> pages.add("/providers/" + slug));
		slugs.forEach((slug) -> pages.add("/providers/" + slug + "/history"));
		pages.add("/providers/no-such-provider");
		pages.addAll(List.of("/compare", "/compare?providers=" + slugs.get(0), "/compare?providers=" + six, "/estimate",
				"/estimate?preset=global-flask", "/estimate?instances=-1&regions=mars", "/regions",
				"/regions?providers=no-such-provider", "/regions/users", "/regions/users?continents=europe:60,asia:40",
				"/advisor", "/advisor?preset=qrcards", "/advisor?budget=lots&regions=mars", "/changes",
				"/changes?provider=" + slugs.get(0) + "&kind=prices", "/changes?kind=weather", "/deploy",
				"/deploy?provider=fly-io&regions=iad,lhr&postgres=true&worker=true&cron=daily",
				"/deploy?provider=heroku&postgres=true&worker=true&cron=hourly",
				"/deploy?provider=render&entry=not-valid", "/deploy?provider=no-such-provider"));
		// every provider's kit, or its page saying why there is none
		slugs.forEach((slug) -> pages.add("/deploy?provider=" + slug));
		names(Path.of("data", "sources"), ".md").forEach((name) -> pages.add("/sources/" + name));
		return pages;
	}

	/** Every provider's slug, sorted: a profile's file name is its slug. */
	public static List<String> providerSlugs() {
		List<String> slugs = new ArrayList<>(names(Path.of("data", "providers"), ".yaml"));
		slugs.addAll(names(Path.of("data", "providers"), ".yml"));
		slugs.sort(null);
		return slugs;
	}

	private static List<String> names(Path folder, String extension) {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map((file) -> file.getFileName().toString())
				.filter((name) -> name.endsWith(extension))
				.map((name) -> name.substring(0, name.length() - extension.length()))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot list " + folder, ex);
		}
	}

}
