package io.paasatlas.catalog;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Finds the line of a field path in a YAML text. Bean Validation reports property paths, not lines, so the reader
 * walks the composed YAML node tree (which keeps positions) to the deepest node the path reaches: for a missing
 * field that is its parent, which is where the field belongs. The tree is composed on the first question only: a
 * valid profile never asks, and composing costs as much as reading the profile.
 */
public final class YamlLocator {

	private final String yaml;

	private @Nullable Optional<Node> root;

	public YamlLocator(String yaml) {
		this.yaml = yaml;
	}

	private synchronized Optional<Node> root() {
		if (this.root == null) {
			this.root = compose();
		}
		return this.root;
	}

	private Optional<Node> compose() {
		try {
			return new Compose(LoadSettings.builder().build()).composeString(this.yaml);
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

	/** The 1-based line of the deepest node on the path, 0 if the document could not be composed. */
	public int line(List<Object> path) {
		return line(root(), path);
	}

	/**
	 * The lines of several paths, as {@link #line} gives them, from a tree composed for them and not kept (unless
	 * one is kept already): a tree takes about ten times its text, and the freshness report asks every profile of
	 * the catalog.
	 */
	int[] linesOnce(List<List<Object>> paths) {
		Optional<Node> kept;
		synchronized (this) {
			kept = this.root;
		}
		Optional<Node> composed = (kept != null) ? kept : compose();
		return paths.stream().mapToInt((path) -> line(composed, path)).toArray();
	}

	/** Whether a tree is kept, for the tests. */
	synchronized boolean composed() {
		return this.root != null;
	}

	private static int line(Optional<Node> composed, List<Object> path) {
		if (composed.isEmpty()) {
			return 0;
		}
		Node node = composed.get();
		for (Object segment : path) {
			Node next = child(node, segment);
			if (next == null) {
				break;
			}
			node = next;
		}
		return node.getStartMark().map((mark) -> mark.getLine() + 1).orElse(0);
	}

	private static @Nullable Node child(Node node, Object segment) {
		if (node instanceof MappingNode mapping && segment instanceof String key) {
			for (NodeTuple tuple : mapping.getValue()) {
				if (tuple.getKeyNode() instanceof ScalarNode scalar && scalar.getValue().equals(key)) {
					return tuple.getValueNode();
				}
			}
		}
		if (node instanceof SequenceNode sequence && segment instanceof Integer index
				&& index < sequence.getValue().size()) {
			return sequence.getValue().get(index);
		}
		return null;
	}

}
