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
			Optional<Node> composed;
			try {
				composed = new Compose(LoadSettings.builder().build()).composeString(this.yaml);
			}
			catch (RuntimeException ex) {
				composed = Optional.empty();
			}
			this.root = composed;
		}
		return this.root;
	}

	/** The 1-based line of the deepest node on the path, 0 if the document could not be composed. */
	public int line(List<Object> path) {
		Optional<Node> composed = root();
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
