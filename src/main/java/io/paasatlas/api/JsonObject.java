package io.paasatlas.api;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A JSON object whose fields keep the order they are given in. {@code Map.of} iterates in an order that changes from
 * one JVM to the next, so that instances of the app answered the same request with different bytes and entity tags.
 */
final class JsonObject {

	private JsonObject() {
	}

	static Map<String, Object> of(String name, Object value, String otherName, Object otherValue) {
		Map<String, Object> object = new LinkedHashMap<>();
		object.put(name, value);
		object.put(otherName, otherValue);
		return object;
	}

}
