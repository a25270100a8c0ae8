package io.paasatlas.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** A field path as the YAML writes it: {@code pricing.compute_offers[2].monthly_usd}. */
record FieldPath(List<Object> segments) {

	static final FieldPath ROOT = new FieldPath(List.of());

	FieldPath child(String name) {
		List<Object> next = new ArrayList<>(this.segments);
		next.add(name);
		return new FieldPath(List.copyOf(next));
	}

	FieldPath index(int index) {
		List<Object> next = new ArrayList<>(this.segments);
		next.add(index);
		return new FieldPath(List.copyOf(next));
	}

	/** From a Bean Validation property path such as {@code pricing.computeOffers[2].monthlyUsd}. */
	static FieldPath ofPropertyPath(jakarta.validation.Path path) {
		FieldPath result = ROOT;
		for (jakarta.validation.Path.Node node : path) {
			// an element of a list or map carries its index or key on the node that follows the container
			if (node.isInIterable()) {
				if (node.getIndex() != null) {
					result = result.index(node.getIndex());
				}
				else if (node.getKey() != null) {
					result = result.child(String.valueOf(node.getKey()));
				}
			}
			if (node.getName() != null && node.getKind() != jakarta.validation.ElementKind.CONTAINER_ELEMENT) {
				result = result.child(snakeCase(node.getName()));
			}
		}
		return result;
	}

	// record component names: few and fixed, and converted for every field of every profile read
	private static final Map<String, String> SNAKE_CASE = new ConcurrentHashMap<>();

	private static final Pattern HUMP = Pattern.compile("([a-z0-9])([A-Z])");

	static String snakeCase(String camel) {
		return SNAKE_CASE.computeIfAbsent(camel,
				(name) -> HUMP.matcher(name).replaceAll("$1_$2").toLowerCase(Locale.ROOT));
	}

	@Override
	public String toString() {
		StringBuilder text = new StringBuilder();
		for (Object segment : this.segments) {
			if (segment instanceof Integer index) {
				text.append('[').append(index).append(']');
			}
			else {
				if (!text.isEmpty()) {
					text.append('.');
				}
				text.append(segment);
			}
		}
		return text.toString();
	}

}
