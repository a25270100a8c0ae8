package io.paasatlas.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import io.paasatlas.comparison.ComparisonQueries;
import io.paasatlas.comparison.ComparisonTable;
import io.paasatlas.estimate.EstimateQueries;
import io.paasatlas.pricing.Confidence;
import io.paasatlas.provider.Provider;
import io.paasatlas.provider.ProviderCatalog;
import io.paasatlas.provider.ProviderFilter;
import io.paasatlas.provider.ProviderSort;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The pages' tables as CSV downloads: {@code /providers}, {@code /compare} and {@code /estimate} with
 * {@code format=csv} and otherwise the page's own parameters, so that a download holds what the page shows. Bad
 * parameters are a 400 problem detail, as in the API.
 */
@RestController
class CsvController {

	private final ProviderCatalog catalog;

	private final ComparisonQueries comparisons;

	private final EstimateQueries estimates;

	private final ComparisonText text;

	private final MessageSource messages;

	CsvController(ProviderCatalog catalog, ComparisonQueries comparisons, EstimateQueries estimates,
			ComparisonText text, MessageSource messages) {
		this.catalog = catalog;
		this.comparisons = comparisons;
		this.estimates = estimates;
		this.text = text;
		this.messages = messages;
	}

	@GetMapping(path = "/providers", params = "format=csv")
	ResponseEntity<?> providers(@Valid @ModelAttribute ProviderFilter filter, BindingResult result) {
		if (result.hasErrors()) {
			return Problems.badRequest("Some parameters are not valid.", result.getFieldErrors().stream()
				.map((e) -> new Problems.FieldMessage(e.getField(), String.valueOf(e.getDefaultMessage())))
				.toList());
		}
		// the page's columns, in its order and words
		List<String> header = new ArrayList<>(List.of("Slug", message("providers.col.name"),
				message("providers.col.platform")));
		for (ProviderSort column : ProviderSort.columns().subList(1, ProviderSort.columns().size())) {
			header.add(message("providers.col." + column.key()));
		}
		Csv csv = new Csv().row(header);
		for (Provider p : this.catalog.list(filter)) {
			csv.row(p.getSlug(), p.getName(), p.getPlatformType(), message("pricingModel." + p.getPricingModel().key()),
					message("freeTier." + p.getFreeTier().key()),
					(p.getCheapestOffer() != null) ? p.getCheapestOffer() : message("value.unknown"),
					(p.getAlwaysOnText() != null && p.getAlwaysOnConfidence() != null)
							? message("estimate.amount." + p.getAlwaysOnConfidence().key(), p.getAlwaysOnText())
							: message((p.getAlwaysOnConfidence() == Confidence.CANNOT_RUN || p.getAlwaysOnConfidence() == null)
									? "providers.estimate.none" : "providers.estimate.unpriced"),
					p.getRegionCount(),
					message(p.isManagedPostgres() ? "providers.postgres.yes" : "providers.postgres.no"),
					message("providers.dockerfile." + p.getDockerfileNeed().key()),
					(p.getSleepsAfterMinutes() != null) ? message("providers.sleeps.after", p.getSleepsAfterMinutes())
							: message("providers.sleeps.never"),
					p.getLastVerifiedText());
		}
		return csv("providers.csv", csv);
	}

	@GetMapping(path = "/compare", params = "format=csv")
	ResponseEntity<?> compare(@RequestParam(name = "providers", required = false) @Nullable List<String> providers) {
		ComparisonQueries.Outcome outcome = this.comparisons.compare((providers != null) ? providers : List.of());
		if (outcome.notFound()) {
			return Problems.notFound(String.join(" ", outcome.errors()));
		}
		ComparisonTable table = outcome.table();
		if (table == null) {
			return Problems.badRequest("The providers to compare are not valid.", outcome.errors().stream()
				.map((m) -> new Problems.FieldMessage("providers", m))
				.toList());
		}
		List<String> header = new ArrayList<>(List.of("Section", message("compare.col.fact"), "Differs"));
		for (ComparisonTable.Column column : table.columns()) {
			header.add(column.name());
			header.add(column.name() + " sources");
		}
		Csv csv = new Csv().row(header);
		for (ComparisonTable.Section section : table.sections()) {
			for (ComparisonTable.Row row : section.rows()) {
				List<String> fields = new ArrayList<>(List.of(message(section.label()), message(row.label()),
						row.compared() ? (row.differs() ? "yes" : "no") : ""));
				for (int i = 0; i < row.cells().size(); i++) {
					ComparisonTable.Cell cell = row.cells().get(i);
					ComparisonTable.Column column = table.columns().get(i);
					fields.add(this.text.cell(cell, column) + (cell.best() ? " (best)" : ""));
					fields.add(String.join("; ",
							this.text.citations(cell, column).stream().map(ComparisonText::citationText).toList()));
				}
				csv.row(fields);
			}
		}
		return csv("compare-" + String.join("-", table.columns().stream().map(ComparisonTable.Column::slug).toList())
				+ ".csv", csv);
	}

	@GetMapping(path = "/estimate", params = "format=csv")
	ResponseEntity<?> estimate(@RequestParam MultiValueMap<String, String> query) {
		Map<String, @Nullable String> parameters = EstimateParameters.of(query);
		EstimateQueries.Outcome outcome = this.estimates.estimate(parameters);
		if (!outcome.valid()) {
			return Problems.badRequest("Some values are not valid.", outcome.errors().stream()
				.map((e) -> new Problems.FieldMessage(e.field(), e.message()))
				.toList());
		}
		Csv csv = new Csv().row("Rank", "Provider", "Confidence", "Total a month", "At 100% CPU", "Why", "Line",
				"Quantity", "Unit", "Unit price", "Monthly", "Included", "Source");
		for (EstimateQueries.Priced p : outcome.results()) {
			String confidence = p.estimate().confidence().key();
			String total = (p.total() != null) ? p.total() : "";
			String ceiling = (p.ceiling() != null) ? p.ceiling() : "";
			String why = String.join(" ", p.estimate().reasons());
			if (p.lines().isEmpty() || !p.blockers().isEmpty()) {
				csv.row(p.rank(), p.estimate().name(), confidence, total, ceiling,
						String.join(" ", p.blockers().stream().map(EstimateQueries.PricedNote::text).toList()), "", "",
						"", "", "", "", "");
				continue;
			}
			for (EstimateQueries.PricedLine line : p.lines()) {
				csv.row(p.rank(), p.estimate().name(), confidence, total, ceiling, why, line.item().what(),
						line.quantity(), line.item().unit(),
						(line.unitPrice() != null) ? line.unitPrice() : message("value.unknown"),
						(line.monthly() != null) ? line.monthly() : message("value.unknown"),
						(line.item().included() != null) ? line.item().included() : "",
						ComparisonText.citationText(line.citation()));
			}
		}
		return csv("estimate.csv", csv);
	}

	private String message(String key, Object... args) {
		return Objects.requireNonNullElse(this.messages.getMessage(key, args, key, Locale.ENGLISH), key);
	}

	private static ResponseEntity<String> csv(String filename, Csv csv) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(Csv.MEDIA_TYPE))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
			.body(csv.toString());
	}

}
