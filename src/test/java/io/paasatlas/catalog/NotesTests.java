package io.paasatlas.catalog;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Numbered notes: one number per source in the order first cited, each date under its source. */
class NotesTests {

	private static final Citation DOCS_2025 = new Citation("Docs: Pricing", "https://example.com/pricing",
			AsOf.parse("2025-10"), true, false);

	private static final Citation DOCS_2026 = new Citation("Docs: Pricing", "https://example.com/pricing",
			AsOf.parse("2026-08"), false, false);

	private static final Citation BLOG = new Citation("A blog", null, null, false, true);

	@Test
	void givesEachSourceOneNumberInTheOrderItIsFirstCited() {
		Notes notes = new Notes("n");

		assertThat(notes.ref(BLOG).number()).isEqualTo(1);
		assertThat(notes.ref(DOCS_2025).number()).isEqualTo(2);
		assertThat(notes.ref(BLOG).number()).isEqualTo(1);
		assertThat(notes.ref(DOCS_2026).number()).as("the same source at another date").isEqualTo(2);
		assertThat(notes.getList()).extracting(Notes.Note::title).containsExactly("A blog", "Docs: Pricing");
	}

	@Test
	void linksEachFactToItsSourcesDateWithTheMarksKept() {
		Notes notes = new Notes("fly-io-n");

		assertThat(notes.ref(DOCS_2025).href()).isEqualTo("#fly-io-n1-1");
		assertThat(notes.ref(DOCS_2026).href()).isEqualTo("#fly-io-n1-2");
		assertThat(notes.ref(DOCS_2025).href()).isEqualTo("#fly-io-n1-1");
		assertThat(notes.ref(BLOG).citation()).isEqualTo(BLOG);

		Notes.Note docs = notes.getList().get(0);
		assertThat(docs.id()).isEqualTo("fly-io-n1");
		assertThat(docs.dates()).extracting(Notes.Dated::id, (d) -> d.asOf().text(), Notes.Dated::stale)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("fly-io-n1-1", "2025-10", true),
					org.assertj.core.groups.Tuple.tuple("fly-io-n1-2", "2026-08", false));
		Notes.Note blog = notes.getList().get(1);
		assertThat(blog.unverified()).isTrue();
		assertThat(blog.url()).isNull();
		assertThat(blog.dates()).singleElement().satisfies((d) -> assertThat(d.asOf()).isNull());
	}

	@Test
	void hoverLeavesOutAFilePathThatTheListGives() {
		assertThat(hover("Clever Cloud docs: Clever Tools reference (content/doc/reference/cli.md)"))
			.isEqualTo("Clever Cloud docs: Clever Tools reference");
		assertThat(hover("Koyeb control panel, English UI strings (koyeb/control-panel src/intl/en.json)"))
			.isEqualTo("Koyeb control panel, English UI strings");
		assertThat(hover("AWS: AWS App Runner pricing (Japanese edition)")).as("words, not a path")
			.isEqualTo("AWS: AWS App Runner pricing (Japanese edition)");
		assertThat(hover("Fly.io – Provider Analysis (PaaS Atlas founding document)"))
			.isEqualTo("Fly.io – Provider Analysis (PaaS Atlas founding document)");
		assertThat(hover("Docs (README.md) and more")).as("only at the end").isEqualTo("Docs (README.md) and more");
	}

	private static String hover(String title) {
		return new Notes("n").ref(new Citation(title, null, null, false, false)).hoverTitle();
	}

	@Test
	void saysWhatThePageKnowsAboutASource() {
		Notes notes = new Notes("n",
				(c) -> c.title().equals("A blog") ? new Notes.About("blog", "A third party's word.") : null);

		notes.ref(BLOG);
		notes.ref(DOCS_2025);

		assertThat(notes.getList()).extracting(Notes.Note::key, Notes.Note::description)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("blog", "A third party's word."),
					org.assertj.core.groups.Tuple.tuple(null, null));
		assertThat(new Notes("n").isEmpty()).isTrue();
	}

}
