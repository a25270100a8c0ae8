package io.paasatlas.catalog;

import java.util.function.Function;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Reads a value type from a YAML scalar whatever its token: {@code as_of: 2025} is a number to YAML and
 * {@code price_usd: 0.15} a float, yet both are text to {@link AsOf#parse} and {@link Price#parse}.
 */
final class ScalarText<T> extends StdScalarDeserializer<T> {

	private final Function<String, T> parser;

	private ScalarText(Class<T> type, Function<String, T> parser) {
		super(type);
		this.parser = parser;
	}

	/** The module that reads the catalog's value types. */
	static SimpleModule module() {
		return new SimpleModule("catalog-values")
			.addDeserializer(AsOf.class, new ScalarText<>(AsOf.class, AsOf::parse))
			.addDeserializer(Price.class, new ScalarText<>(Price.class, Price::parse));
	}

	@Override
	public T deserialize(JsonParser parser, DeserializationContext context) {
		JsonToken token = parser.currentToken();
		if (token == null || !token.isScalarValue() || token == JsonToken.VALUE_NULL) {
			throw MismatchedInputException.from(parser, handledType(), "expected a single value, found " + token);
		}
		String text = parser.getString();
		try {
			return this.parser.apply(text);
		}
		catch (IllegalArgumentException ex) {
			throw MismatchedInputException.from(parser, handledType(), ex.getMessage());
		}
	}

}
