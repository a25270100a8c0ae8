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

	/** A JSON value as text: a string as is, a number in plain notation, a list joined with commas. */
	static @Nullable String text(@Nullable Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof String || value instanceof Boolean) {
			return value.toString();
		}
		if (value instanceof Number number) {
			return new BigDecimal(number.toString()).toPlainString();
		}
		if (value instanceof Collection<?> list) {
			List<@Nullable String> texts = list.stream().map((v) -> (v instanceof Collection<?>) ? null : text(v)).toList();
			return texts.contains(null) ? null : texts.stream().collect(Collectors.joining(","));
		}
		return null;
	}

}
