package io.paasatlas.comparison;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import io.paasatlas.catalog.CatalogProperties;
import io.paasatlas.provider.Provider;
import io.paasatlas.provider.ProviderCatalog;
import io.paasatlas.provider.SlugList;
import io.paasatlas.geography.RegionAtlas;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.ObjectError;

/**
 * The comparison for callers outside this package (the JSON API, the CSV export): the same {@code providers}
 * parameter as the page, checked by {@link ComparisonFormValidator}, and the same table as the page builds. Adds no
 * rule of its own.
 */
@Component
public class ComparisonQueries {

	private final ProviderCatalog catalog;

	private final CatalogProperties properties;

	private final Clock clock;

	private final ObjectProvider<RegionAtlas> regions;

	private final MessageSource messages;

	ComparisonQueries(ProviderCatalog catalog, CatalogProperties properties, Clock clock,
			ObjectProvider<RegionAtlas> regions, MessageSource messages) {
		this.catalog = catalog;
		this.properties = properties;
		this.clock = clock;
		this.regions = regions;
		this.messages = messages;
	}

	/**
	 * The table for the {@code providers} values.
	 *
	 * @param providers the raw parameter values ({@code fly-io,heroku} or repeated), {@code null} when absent
	 */
	public Outcome compare(@Nullable List<String> providers) {
		ComparisonForm form = new ComparisonForm((providers != null) ? providers : List.of());
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
		new ComparisonFormValidator().validate(form, errors);
		if (errors.hasErrors()) {
			return new Outcome(messages(errors.getAllErrors()), false, null);
		}
		Set<String> known = this.catalog.all().stream().map(Provider::getSlug).collect(Collectors.toSet());
		SlugList.rejectUnknown(form.slugs(), known::contains, "compare.error", errors);
		if (errors.hasErrors()) {
			return new Outcome(messages(errors.getAllErrors()), true, null);
		}
		RegionAtlas atlas = this.regions.getIfAvailable();
		ComparisonTable table = new ComparisonBuilder(this.properties.staleAfter(), LocalDate.now(this.clock),
				ComparisonRows.SECTIONS, (atlas != null) ? atlas::reach : (profile) -> null)
			.build(this.catalog.profiles(form.slugs()));
		return new Outcome(List.of(), false, table);
	}

	private List<String> messages(List<ObjectError> errors) {
		List<String> result = new ArrayList<>();
		for (ObjectError error : errors) {
			result.add(this.messages.getMessage(error, Locale.ENGLISH));
		}
		return result;
	}

	/**
	 * The table, or why there is none.
	 *
	 * @param errors what is wrong with the list; empty when the table was built
	 * @param notFound whether the list is well formed but names a provider not in the catalog
	 */
	public record Outcome(List<String> errors, boolean notFound, @Nullable ComparisonTable table) {
	}

}
