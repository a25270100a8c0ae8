package io.paasatlas.provider;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;

import io.paasatlas.catalog.CatalogProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class SourceDocumentsTests {

	@Test
	void rendersTheFoundingAnalysisWithItsTitle() {
		SourceDocuments documents = new SourceDocuments(new CatalogProperties(null, false, Period.ofMonths(12)));
		SourceDocuments.Document seed = documents.find("fly-io-provider-analysis").orElseThrow();
		assertThat(seed.title()).isEqualTo("Fly.io - Provider Analysis");
		assertThat(seed.html()).contains("<h2>Overview &amp; Positioning</h2>", "<code class=\"language-dockerfile\">",
				"For QRCards");
	}

	@Test
	void escapesRawHtmlAndSanitisesLinks(@TempDir Path data) throws Exception {
		Path providers = Files.createDirectories(data.resolve("providers"));
		Files.createDirectories(data.resolve("sources"));
		Files.writeString(data.resolve("sources/evil.md"),
				"# Evil\n\n<script>alert(1)</script>\n\n[click](javascript:alert(1)) <img src=x onerror=alert(1)>\n");
		SourceDocuments documents = new SourceDocuments(new CatalogProperties(providers.toString(), false, Period.ZERO));
		String html = documents.find("evil").orElseThrow().html();
		assertThat(html).doesNotContain("<script>", "<img", "javascript:").contains("&lt;script&gt;");
	}

	@Test
	void unknownOrMalformedNamesFindNothing() {
		SourceDocuments documents = new SourceDocuments(new CatalogProperties(null, false, Period.ZERO));
		assertThat(documents.find("no-such-document")).isEmpty();
		assertThat(documents.find("../pom")).isEmpty();
		assertThat(documents.find("UPPER")).isEmpty();
		assertThat(documents.find("x".repeat(101))).isEmpty();
	}

	/** Names come from URLs: a miss kept per name would let /sources/a1, /sources/a2, … fill the heap. */
	@Test
	void keepsOnlyDocumentsThatExistWhateverNamesAreAskedFor() {
		SourceDocuments documents = new SourceDocuments(new CatalogProperties(null, false, Period.ZERO));
		for (int i = 0; i < 10_000; i++) {
			assertThat(documents.find("no-such-document-" + i)).isEmpty();
		}
		assertThat(documents.find("fly-io-provider-analysis")).isPresent();
		assertThat(documents.cached()).isEqualTo(1);
	}

}
