package io.paasatlas.change;

import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;

/**
 * The changes as an Atom 1.0 feed (RFC 4287), written with the JDK's StAX writer so that every text is escaped.
 * Ids are name-based UUID URNs of what each change is (provider, kind, date, title), so they stay the same from one
 * request to the next and whatever host serves the feed; timestamps are the first instant of each change's date, in
 * UTC, since sources give days, months or years. Links are absolute, resolved against the request's base.
 */
final class AtomFeed {

	static final String NAMESPACE = "http://www.w3.org/2005/Atom";

	static final String MEDIA_TYPE = "application/atom+xml;charset=UTF-8";

	private static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

	private final MessageSource messages;

	AtomFeed(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The feed.
	 *
	 * @param base the site's address, such as {@code https://paas-atlas.fly.dev/}
	 * @param query the filter's query string ({@code provider=fly-io}), empty for none
	 * @param title the feed's title
	 * @param changes the entries, newest first
	 * @param fallback the feed's {@code updated} when there is no entry
	 */
	String write(URI base, String query, String title, List<CatalogChange> changes, LocalDate fallback) {
		StringWriter out = new StringWriter();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
			xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
			xml.writeStartElement("feed");
			xml.writeDefaultNamespace(NAMESPACE);
			String suffix = query.isEmpty() ? "" : "?" + query;
			element(xml, "id", urn("feed|" + query));
			element(xml, "title", title);
			element(xml, "subtitle", message("changes.feed.subtitle"));
			element(xml, "updated", timestamp(changes.isEmpty() ? fallback : changes.get(0).date().start()));
			link(xml, "self", base.resolve("changes.atom" + suffix), MEDIA_TYPE.substring(0, MEDIA_TYPE.indexOf(';')));
			link(xml, "alternate", base.resolve("changes" + suffix), "text/html");
			xml.writeStartElement("author");
			element(xml, "name", message("app.name"));
			element(xml, "uri", base.toString());
			xml.writeEndElement();
			element(xml, "generator", message("app.name"));
			for (CatalogChange change : changes) {
				entry(xml, base, change);
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("cannot write the feed", ex);
		}
		return out.toString();
	}

	private void entry(XMLStreamWriter xml, URI base, CatalogChange change) throws XMLStreamException {
		String title = this.messages.getMessage(change.title(), Locale.ENGLISH);
		xml.writeStartElement("entry");
		element(xml, "id", urn(change.slug() + "|" + change.kind().key() + "|" + change.date() + "|" + title));
		element(xml, "title", change.provider() + ": " + title);
		element(xml, "updated", timestamp(change.date().start()));
		URI page = base.resolve(change.page().substring(1));
		link(xml, "alternate", resolve(base, change.citation().url(), page), null);
		link(xml, "related", page, "text/html");
		xml.writeEmptyElement("category");
		xml.writeAttribute("term", change.kind().key());
		xml.writeAttribute("label", message("changes.kind." + change.kind().key()));
		StringBuilder summary = new StringBuilder(message("changes.feed.date", change.date().text()));
		if (change.detail() != null) {
			summary.append(' ').append(change.detail());
		}
		summary.append(' ').append(message("changes.feed.source", change.citation().title(),
				(change.citation().asOf() != null) ? change.citation().asOf().text() : message("cite.undated")));
		xml.writeStartElement("summary");
		xml.writeAttribute("type", "text");
		xml.writeCharacters(summary.toString());
		xml.writeEndElement();
		xml.writeEndElement();
	}

	/** The source's address made absolute; the provider page when it has none, or none a URI can hold. */
	private static URI resolve(URI base, @Nullable String url, URI fallback) {
		if (url == null) {
			return fallback;
		}
		try {
			return base.resolve(url);
		}
		catch (IllegalArgumentException ex) {
			return fallback;
		}
	}

	private static void link(XMLStreamWriter xml, String rel, URI href, @Nullable String type)
			throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("href", href.toString());
		if (type != null) {
			xml.writeAttribute("type", type);
		}
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	private String message(String code, Object... args) {
		return this.messages.getMessage(code, args, Locale.ENGLISH);
	}

	static String timestamp(LocalDate date) {
		return date.atStartOfDay().atOffset(ZoneOffset.UTC).format(RFC_3339);
	}

	static String urn(String name) {
		return "urn:uuid:" + UUID.nameUUIDFromBytes(("paas-atlas changes|" + name).getBytes(StandardCharsets.UTF_8));
	}

}
