package io.paasatlas.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;

/**
 * A field path as the YAML writes it: {@code pricing.compute_offers[2].monthly_usd}. Public for the other YAML
 * files the app reads (the metros), whose errors name fields the same way.
 */
public record FieldPath(List<Object> segments) {

	public static final FieldPath ROOT = new FieldPath(List.of());

	public FieldPath child(String name) {
		List<Object> next = new ArrayList<>(this.segments);
		next.add(name);
		return new FieldPath(List.copyOf(next));
	}

	public FieldPath index(int index) {
		List<Object> next = new ArrayList<>(this.segments);
		next.add(index);
		return new FieldPath(List.copyOf(next));
	}

	/** From a Bean Validation property path such as {@code pricing.computeOffers[2].monthlyUsd}. */
	public static FieldPath ofPropertyPath(jakarta.validation.Path path) {
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

	/** The path Jackson was reading when it failed (a wrong type, an unknown key). */
	public static FieldPath of(JacksonException ex) {
		FieldPath path = ROOT;
		for (JacksonException.Reference reference : ex.getPath()) {
			path = (reference.getPropertyName() != null) ? path.child(reference.getPropertyName())
					: path.index(reference.getIndex());
		}
		return path;
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
