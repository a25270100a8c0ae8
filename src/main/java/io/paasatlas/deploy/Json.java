package io.paasatlas.deploy;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** JSON objects with their keys in the order written, for app.json and the API. */
final class Json {

	private Json() {
	}

	/** An object of alternating keys and values: {@code object("quantity", 1, "size", "basic")}. */
	static Map<String, @Nullable Object> object(@Nullable Object... keysAndValues) {
		Map<String, @Nullable Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

}
