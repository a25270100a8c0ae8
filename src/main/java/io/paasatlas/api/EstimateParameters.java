package io.paasatlas.api;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.util.MultiValueMap;

/** The estimate's parameters from a query string or a JSON object, as the text the estimate form takes. */
final class EstimateParameters {

	private EstimateParameters() {
	}

	/** Query parameters; repeated ones ({@code regions=us-east&regions=eu-west}) are joined with commas. */
	static Map<String, @Nullable String> of(MultiValueMap<String, String> query) {
		Map<String, @Nullable String> parameters = new LinkedHashMap<>();
		query.forEach((name, values) -> {
			if (!name.equals("format")) {
				parameters.put(name, String.join(",", values));
			}
		});
		return parameters;
	}

	/**
	 * Whether a JSON value is a number no field can take: JSON allows {@code 1e309}, which Jackson reads as an
	 * infinite double, with no plain notation.
	 */
	static boolean outOfRange(@Nullable Object value) {
		if (value instanceof Double number) {
			return !Double.isFinite(number);
		}
		if (value instanceof Float number) {
			return !Float.isFinite(number);
		}
		return value instanceof Collection<?> list && list.stream().anyMatch(EstimateParameters::outOfRange);
	}

	/**
	 * A JSON value as text: a string as is, a number in plain notation, a list joined with commas; {@code null} for
	 * anything else, and for an {@link #outOfRange} number.
	 */
	static @Nullable String text(@Nullable Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof String || value instanceof Boolean) {
			return value.toString();
		}
		if (value instanceof Number number) {
			return outOfRange(number) ? null : new BigDecimal(number.toString()).toPlainString();
		}
		if (value instanceof Collection<?> list) {
			List<@Nullable String> texts = list.stream().map((v) -> (v instanceof Collection<?>) ? null : text(v)).toList();
			return texts.contains(null) ? null : texts.stream().collect(Collectors.joining(","));
		}
		return null;
	}

}
