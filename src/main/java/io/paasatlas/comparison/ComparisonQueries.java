package io.paasatlas.comparison;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.paasatlas.catalog.CatalogProperties;
import io.paasatlas.provider.Provider;
import io.paasatlas.provider.ProviderCatalog;
import io.paasatlas.provider.SlugList;
import io.paasatlas.geography.RegionAtlas;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.ObjectError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * The one service of the comparison: the page ({@link ComparisonController}), the JSON API and the CSV export (in
 * {@code api}) all ask it, with the same {@code providers} parameter checked by {@link ComparisonForm}'s constraint and
 * the catalog, and get the same table.
 */
@Component
public class ComparisonQueries {

	private final ProviderCatalog catalog;

	private final CatalogProperties properties;

	private final Clock clock;

	private final RegionAtlas regions;

	private final MessageSource messages;

	private final SpringValidatorAdapter validator;

	ComparisonQueries(ProviderCatalog catalog, CatalogProperties properties, Clock clock,
			RegionAtlas regions, MessageSource messages, Validator validator) {
		this.catalog = catalog;
		this.properties = properties;
		this.clock = clock;
		this.regions = regions;
		this.messages = messages;
		this.validator = new SpringValidatorAdapter(validator);
	}

	/**
	 * The table for the {@code providers} values.
	 *
	 * @param providers the raw parameter values ({@code fly-io,heroku} or repeated), {@code null} when absent
	 */
	public Outcome compare(@Nullable List<String> providers) {
		ComparisonForm form = new ComparisonForm((providers != null) ? providers : List.of());
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
		this.validator.validate(form, errors);
		if (errors.hasErrors()) {
			return new Outcome(messages(errors.getAllErrors()), false, null);
		}
		rejectUnknown(form.slugs(), names(), errors);
		if (errors.hasErrors()) {
			return new Outcome(messages(errors.getAllErrors()), true, null);
		}
		return new Outcome(List.of(), false, table(form.slugs()));
	}

	/** Every provider of the catalog, slug to name, in the catalog's order: what the form offers. */
	Map<String, String> names() {
		Map<String, String> names = new LinkedHashMap<>();
		for (Provider provider : this.catalog.all()) {
			names.put(provider.getSlug(), provider.getName());
		}
		return names;
	}

	/** Rejects the well-formed slugs that are not in the catalog (a 404, not a 400). */
	static void rejectUnknown(List<String> slugs, Map<String, String> names, Errors errors) {
		SlugList.rejectUnknown(slugs, names::containsKey, "compare.error", errors);
	}

	/** The table of these providers, each in the catalog. */
	ComparisonTable table(List<String> slugs) {
		return new ComparisonBuilder(this.properties.staleAfter(), LocalDate.now(this.clock), ComparisonRows.SECTIONS,
				this.regions::reach)
			.build(this.catalog.profiles(slugs));
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
