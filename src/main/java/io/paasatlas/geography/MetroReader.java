package io.paasatlas.geography;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import io.paasatlas.catalog.CatalogError;
import io.paasatlas.catalog.FieldPath;
import io.paasatlas.catalog.YamlLocator;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads {@code data/metros.yaml} into {@link Metros} and checks it the way the catalog checks profiles: YAML syntax,
 * types, unknown or missing keys, values (Bean Validation), ids unique. Every problem is reported at once, each with
 * its file, line and key path.
 */
final class MetroReader {

	private final YAMLMapper yaml = YAMLMapper.builder()
		.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.withConfigOverride(List.class, (o) -> o.setNullHandling(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY)))
		.build();

	private final Validator validator;

	MetroReader(Validator validator) {
		this.validator = validator;
	}

	/**
	 * The metros of a YAML text.
	 *
	 * @param file the name in messages ({@code data/metros.yaml})
	 */
	Result read(String file, String text) {
		Metros metros;
		try {
			metros = this.yaml.readValue(text, Metros.class);
		}
		catch (JacksonException ex) {
			int line = (ex.getLocation() != null) ? Math.max(ex.getLocation().getLineNr(), 0) : 0;
			FieldPath path = FieldPath.of(ex);
			String message = ex.getOriginalMessage();
			int detail = message.indexOf(" (for ");
			return Result.failed(new CatalogError(file, line, path.segments().isEmpty() ? null : path.toString(),
					(detail > 0) ? message.substring(0, detail) : message));
		}
		if (metros == null) {
			return Result.failed(new CatalogError(file, 0, null, "the file is empty"));
		}
		YamlLocator lines = new YamlLocator(text);
		List<CatalogError> errors = new ArrayList<>();
		for (ConstraintViolation<Metros> violation : this.validator.validate(metros)) {
			FieldPath path = FieldPath.ofPropertyPath(violation.getPropertyPath());
			errors.add(new CatalogError(file, lines.line(path.segments()), path.toString(), violation.getMessage()));
		}
		if (metros.metros().isEmpty()) {
			errors.add(new CatalogError(file, lines.line(List.of("metros")), "metros", "must list at least one metro"));
		}
		Map<String, Integer> seen = new HashMap<>();
		for (int i = 0; i < metros.metros().size(); i++) {
			Metro metro = metros.metros().get(i);
			if (metro == null || metro.id() == null) {
				continue;
			}
			Integer first = seen.putIfAbsent(metro.id(), i);
			if (first != null) {
				FieldPath path = FieldPath.ROOT.child("metros").index(i).child("id");
				int line = lines.line(List.of("metros", first));
				errors.add(new CatalogError(file, lines.line(path.segments()), path.toString(),
						"'" + metro.id() + "' is already the id of metros[" + first + "] (line " + line + ")"));
			}
		}
		errors.sort(Comparator.comparingInt(CatalogError::line));
		return errors.isEmpty() ? new Result(metros, List.of()) : new Result(null, errors);
	}

	/**
	 * The metros, or the errors that keep them from being used.
	 *
	 * @param metros {@code null} when there are errors
	 */
	record Result(@Nullable Metros metros, List<CatalogError> errors) {

		Result {
			errors = List.copyOf(errors);
		}

		static Result failed(CatalogError error) {
			return new Result(null, List.of(error));
		}

		boolean valid() {
			return this.errors.isEmpty();
		}
	}

}
