package io.paasatlas.change;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import io.paasatlas.catalog.AsOf;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /changes} and {@code /changes.atom} on the real catalog: the list newest first with its sources, the
 * filters in the query string, bad and unknown filters, and a feed that is Atom 1.0 as RFC 4287 states it.
 */
@SpringBootTest(properties = "catalog.location=data/providers")
@AutoConfigureMockMvc
class ChangesControllerTests {

	private static final Pattern RFC_3339 = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");

	private static final Pattern ROW = Pattern.compile(
			"<tr data-provider=\"([a-z0-9-]+)\" data-kind=\"([a-z-]+)\">\\s*<td><time>([0-9-]+)</time>");

	@Autowired
	private MockMvcTester mvc;

	@Test
	void listsTheChangesNewestFirstEachWithItsSource() {
		String html = body(this.mvc.get().uri("/changes").exchange(), 200);

		List<String[]> rows = rows(html);
		assertThat(rows).hasSizeBetween(2, ChangesController.PAGE_SIZE);
		for (int i = 1; i < rows.size(); i++) {
			assertThat(AsOf.parse(rows.get(i)[2]).start()).as("newest first at row %d", i)
				.isBeforeOrEqualTo(AsOf.parse(rows.get(i - 1)[2]).start());
		}
		assertThat(html).contains("<a class=\"ref", "<ol class=\"notes\">", "href=\"/changes.atom\"")
			.contains("aria-current=\"page\" class=\"active\">Changes</a>");
	}

	@Test
	void filtersByProviderAndKindInTheQueryString() {
		String html = body(this.mvc.get().uri("/changes?provider=fly-io&kind=regions").exchange(), 200);

		assertThat(rows(html)).isNotEmpty()
			.allSatisfy((row) -> assertThat(row).startsWith("fly-io", "regions"));
		assertThat(html).contains("Regions list cut from 35 to 18")
			.contains("<option value=\"fly-io\" selected=\"selected\">")
			.contains("href=\"/changes.atom?provider=fly-io&amp;kind=regions\"");
	}

	@Test
	void aMalformedFilterIsABadRequestAndAnUnknownProviderNotFound() {
		String bad = body(this.mvc.get().uri("/changes?provider=Fly.io&kind=weather").exchange(), 400);
		assertThat(bad).contains("must be a provider slug", "must be one of regions, prices, free-tier, plans, corrections")
			.contains("<form class=\"filters\"").doesNotContain("<table id=\"changes\"");
		assertThat(bad).as("each error under the field's name, in the filter's order")
			.containsSubsequence("<span>Provider</span>: ", "must be a provider slug", "<span>Kind of change</span>: ");

		String unknown = body(this.mvc.get().uri("/changes?provider=nowhere-cloud").exchange(), 404);
		assertThat(HtmlUtils.htmlUnescape(unknown)).contains("No provider with the slug 'nowhere-cloud' is in the catalog.");

		assertThat(this.mvc.get().uri("/changes.atom?kind=weather")).hasStatus(400)
			.hasContentTypeCompatibleWith(MediaType.TEXT_PLAIN);
		assertThat(this.mvc.get().uri("/changes.atom?provider=nowhere-cloud")).hasStatus(404)
			.bodyText().contains("nowhere-cloud");
	}

	@Test
	void theFeedIsAtomOneDotZero() throws Exception {
		MvcTestResult result = this.mvc.get().uri("/changes.atom").exchange();
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("application/atom+xml");
		Element feed = parse(result).getDocumentElement();

		assertThat(feed.getNamespaceURI()).isEqualTo(AtomFeed.NAMESPACE);
		assertThat(feed.getLocalName()).isEqualTo("feed");
		// RFC 4287 4.1.1: exactly one id, title and updated; an author (here at feed level); a self link
		assertThat(children(feed, "id")).singleElement().satisfies((id) -> assertThat(id.getTextContent()).startsWith("urn:uuid:"));
		assertThat(children(feed, "title")).singleElement().satisfies((t) -> assertThat(t.getTextContent()).isNotBlank());
		assertThat(children(feed, "updated")).singleElement().satisfies((u) -> assertDate(u.getTextContent()));
		assertThat(children(feed, "author")).singleElement()
			.satisfies((a) -> assertThat(children(a, "name")).singleElement().satisfies((n) -> assertThat(n.getTextContent()).isNotBlank()));
		assertThat(children(feed, "link")).anySatisfy((link) -> {
			assertThat(link.getAttribute("rel")).isEqualTo("self");
			assertThat(link.getAttribute("href")).isEqualTo("http://localhost/changes.atom");
		});

		List<Element> entries = children(feed, "entry");
		assertThat(entries).hasSizeBetween(2, ChangesController.FEED_SIZE);
		Set<String> ids = new HashSet<>();
		String previous = null;
		for (Element entry : entries) {
			// RFC 4287 4.1.2: one id (an absolute IRI, unique), one title, one updated, a link or content
			assertThat(children(entry, "id")).singleElement().satisfies((id) -> {
				assertThat(id.getTextContent()).startsWith("urn:uuid:");
				assertThat(ids.add(id.getTextContent())).as("a unique id").isTrue();
			});
			assertThat(children(entry, "title")).singleElement().satisfies((t) -> assertThat(t.getTextContent()).contains(": "));
			String updated = children(entry, "updated").get(0).getTextContent();
			assertDate(updated);
			assertThat(children(entry, "updated")).hasSize(1);
			if (previous != null) {
				assertThat(OffsetDateTime.parse(updated)).as("newest first").isBeforeOrEqualTo(OffsetDateTime.parse(previous));
			}
			previous = updated;
			assertThat(children(entry, "link")).filteredOn((l) -> l.getAttribute("rel").equals("alternate"))
				.singleElement().satisfies((l) -> assertThat(l.getAttribute("href")).matches("https?://.+"));
			assertThat(children(entry, "summary")).singleElement().satisfies((s) -> assertThat(s.getTextContent()).contains("Source: "));
			assertThat(children(entry, "category")).singleElement()
				.satisfies((c) -> assertThat(c.getAttribute("term")).isIn("regions", "prices", "free-tier", "plans", "corrections"));
		}

		Element again = parse(this.mvc.get().uri("/changes.atom").exchange()).getDocumentElement();
		assertThat(children(children(again, "entry").get(0), "id").get(0).getTextContent()).as("ids are stable")
			.isEqualTo(children(entries.get(0), "id").get(0).getTextContent());
	}

	@Test
	void aProvidersFeedHoldsItsChangesOnly() throws Exception {
		Element feed = parse(this.mvc.get().uri("/changes.atom?provider=fly-io").exchange()).getDocumentElement();

		assertThat(children(feed, "title").get(0).getTextContent()).contains("Fly.io");
		assertThat(children(feed, "entry")).isNotEmpty()
			.allSatisfy((e) -> assertThat(children(e, "title").get(0).getTextContent()).startsWith("Fly.io: "));
		assertThat(children(feed, "id").get(0).getTextContent()).as("its own id")
			.isNotEqualTo(AtomFeed.urn("feed|"));
	}

	private static void assertDate(String text) {
		assertThat(text).matches(RFC_3339);
	}

	private static Document parse(MvcTestResult result) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
	}

	/** The child elements in the Atom namespace with this name. */
	private static List<Element> children(Element parent, String name) {
		List<Element> found = new ArrayList<>();
		NodeList nodes = parent.getChildNodes();
		for (int i = 0; i < nodes.getLength(); i++) {
			Node node = nodes.item(i);
			if (node instanceof Element e && AtomFeed.NAMESPACE.equals(e.getNamespaceURI()) && e.getLocalName().equals(name)) {
				found.add(e);
			}
		}
		return found;
	}

	private static String body(MvcTestResult result, int status) {
		assertThat(result).hasStatus(status);
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	/** Each row's provider, kind and date. */
	private static List<String[]> rows(String html) {
		List<String[]> rows = new ArrayList<>();
		Matcher matcher = ROW.matcher(html);
		while (matcher.find()) {
			rows.add(new String[] { matcher.group(1), matcher.group(2), matcher.group(3) });
		}
		return rows;
	}

}
