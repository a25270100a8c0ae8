package io.paasatlas.estimate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.paasatlas.catalog.Citation;
import io.paasatlas.pricing.Estimate;
import io.paasatlas.pricing.Workload;
import io.paasatlas.provider.Provider;
import io.paasatlas.provider.ProviderCatalog;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The one service of the estimate: the page ({@link EstimateController}), the JSON API and the CSV export (in
 * {@code api}) and the deployment kits' costs all ask it, with the same parameters, validated by
 * {@link EstimateForm}'s own constraints and this one rule across the catalog (every provider named exists), and
 * priced by the same {@link Estimator}, so that every representation agrees with the page. Only the page gets the
 * charts and the growth table, which run the model twenty times more.
 */
@Component
public class EstimateQueries {

	/** The estimate form's parameters, in its order: the components of {@link EstimateForm}. */
	public static final List<String> PARAMETERS = EstimateForm.PARAMETERS;

	private final ProviderCatalog catalog;

	private final Estimator estimator;

	private final Validator validator;

	private final MessageSource messages;

	EstimateQueries(ProviderCatalog catalog, Estimator estimator, Validator validator, MessageSource messages) {
		this.catalog = catalog;
		this.estimator = estimator;
		this.validator = validator;
		this.messages = messages;
	}

	/** The providers of the catalog, which the form offers. */
	List<Provider> providers() {
		return this.catalog.all();
	}

	/** The providers the form names that the catalog does not have, as one message argument; {@code null} if none. */
	@Nullable String unknownProviders(EstimateForm form) {
		Set<String> known = this.catalog.all().stream().map(Provider::getSlug).collect(Collectors.toSet());
		List<String> unknown = form.providerSlugs().stream().filter((s) -> !known.contains(s)).toList();
		return unknown.isEmpty() ? null : String.join(", ", unknown);
	}

	/** The page of a valid form: the estimates, the charts and the growth table. */
	EstimateResults page(EstimateForm form) {
		return this.estimator.page(form);
	}

	/**
	 * Validates and prices the parameters as the page would.
	 *
	 * @param parameters parameter name to value; an absent or {@code null} value takes the preset's value
	 */
	public Outcome estimate(Map<String, ? extends @Nullable String> parameters) {
		EstimateForm form = EstimateForm.of(parameters);
		List<FieldMessage> errors = new ArrayList<>();
		for (ConstraintViolation<EstimateForm> violation : this.validator.validate(form)) {
			errors.add(new FieldMessage(violation.getPropertyPath().toString(), violation.getMessage()));
		}
		String unknown = errors.stream().anyMatch((e) -> e.field().equals("providers")) ? null : unknownProviders(form);
		if (unknown != null) {
			errors.add(new FieldMessage("providers", this.messages.getMessage("estimate.error.providers.unknown",
					new Object[] { unknown }, Locale.ENGLISH)));
		}
		if (!errors.isEmpty()) {
			errors.sort(Comparator.comparingInt((FieldMessage e) -> PARAMETERS.indexOf(e.field()))
				.thenComparing(FieldMessage::message));
			return new Outcome(List.copyOf(errors), null, null, List.of());
		}
		Estimator.Pricing results = this.estimator.price(form);
		List<Priced> priced = results.results().stream()
			.map((r) -> new Priced(r.rank(), r.estimate(), r.total(), r.ceiling(), r.lines().stream()
				.map((l) -> new PricedLine(l.item(), l.quantity(), l.unitPrice(), l.monthly(), l.citation(),
						l.allowance()))
				.toList(), notes(r.decisions()), notes(r.blockers())))
			.toList();
		return new Outcome(List.of(), results.workload(), (results.preset() != null) ? results.preset().key() : null,
				priced);
	}

	private static List<PricedNote> notes(List<EstimateResults.CitedNote> notes) {
		return notes.stream().map((n) -> new PricedNote(n.text(), n.citation())).toList();
	}

	/** What was wrong with a parameter. */
	public record FieldMessage(String field, String message) {
	}

	/**
	 * The estimate, or why there is none.
	 *
	 * @param errors one per bad parameter; empty when the estimate was made
	 * @param preset the preset whose workload this is, field for field, {@code null} otherwise
	 * @param results cheapest first, as the page lists them
	 */
	public record Outcome(List<FieldMessage> errors, @Nullable Workload workload, @Nullable String preset,
			List<Priced> results) {

		public boolean valid() {
			return this.errors.isEmpty();
		}

	}

	/**
	 * One provider's estimate as the page shows it.
	 *
	 * @param total to the cent ({@code $3.88}), {@code null} when the provider cannot run the workload
	 * @param ceiling the total at 100 % CPU use, for providers that bill measured use; {@code null} otherwise
	 * @param decisions what the provider's rules decided (a plan switched for a limit), with citations
	 * @param blockers why it cannot run, with citations
	 */
	public record Priced(int rank, Estimate estimate, @Nullable String total, @Nullable String ceiling,
			List<PricedLine> lines, List<PricedNote> decisions, List<PricedNote> blockers) {
	}

	/** A line item as the page writes it, with the source and date of its price and of what it included. */
	public record PricedLine(Estimate.LineItem item, String quantity, @Nullable String unitPrice,
			@Nullable String monthly, @Nullable Citation citation, @Nullable Citation allowance) {
	}

	/** A decision or blocker, with the source and date of the fact behind it. */
	public record PricedNote(String text, @Nullable Citation citation) {
	}

}
