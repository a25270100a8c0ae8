package io.paasatlas.provider;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.paasatlas.catalog.CatalogProperties;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Source documents that profiles cite by a local URL ({@code /sources/fly-io-provider-analysis}): the Markdown
 * files beside the catalog ({@code data/sources}, or the copy packaged in the jar), rendered once. Raw HTML in them
 * is escaped and link targets are sanitised, so a document can never inject markup.
 */
@Component
class SourceDocuments {

	private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());

	private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();

	private final HtmlRenderer renderer = HtmlRenderer.builder()
		.extensions(EXTENSIONS)
		.escapeHtml(true)
		.sanitizeUrls(true)
		.attributeProviderFactory((context) -> SourceDocuments::focusableCode)
		.build();

	private final Path folder;

	private final Map<String, Optional<Document>> documents = new ConcurrentHashMap<>();

	SourceDocuments(CatalogProperties properties) {
		Path providers = (properties.location() != null && !properties.location().isBlank())
				? Path.of(properties.location()) : Path.of("data", "providers");
		this.folder = providers.toAbsolutePath().normalize().resolveSibling("sources");
	}

	/** The document of that name, if there is one; names are lowercase words and hyphens only. */
	Optional<Document> find(String name) {
		if (!name.matches("[a-z0-9]+(-[a-z0-9]+)*") || name.length() > 100) {
			return Optional.empty();
		}
		Optional<Document> cached = this.documents.get(name);
		if (cached != null) {
			return cached;
		}
		// only documents that exist are kept: a miss kept per name asked for would grow without bound
		Optional<Document> loaded = load(name);
		loaded.ifPresent((document) -> this.documents.put(name, loaded));
		return loaded;
	}

	/** How many documents are kept: one per bundled document at most, whatever names were asked for. */
	int cached() {
		return this.documents.size();
	}

	private Optional<Document> load(String name) {
		try {
			String text;
			Path file = this.folder.resolve(name + ".md");
			ClassPathResource packaged = new ClassPathResource("catalog/sources/" + name + ".md");
			if (Files.isRegularFile(file)) {
				text = Files.readString(file, StandardCharsets.UTF_8);
			}
			else if (packaged.exists()) {
				text = packaged.getContentAsString(StandardCharsets.UTF_8);
			}
			else {
				return Optional.empty();
			}
			Node document = this.parser.parse(text);
			return Optional.of(new Document(name, title(document, name), this.renderer.render(document)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A code block scrolls sideways on a phone, so it takes keyboard focus, as a region named by its language (WCAG
	 * 2.1.1: what scrolls must be reachable without a mouse).
	 */
	private static void focusableCode(Node node, String tagName, Map<String, String> attributes) {
		if ("pre".equals(tagName)) {
			String language = (node instanceof FencedCodeBlock fenced && fenced.getInfo() != null
					&& !fenced.getInfo().isBlank()) ? fenced.getInfo().strip().split("\\s+")[0] : "text";
			attributes.put("tabindex", "0");
			attributes.put("role", "region");
			attributes.put("aria-label", language + " code");
		}
	}

	private static String title(Node document, String fallback) {
		for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
			if (node instanceof Heading heading && heading.getFirstChild() instanceof Text text) {
				return text.getLiteral();
			}
		}
		return fallback;
	}

	/** A rendered source document; {@code html} is safe to insert unescaped. */
	record Document(String name, String title, String html) {
	}

}
