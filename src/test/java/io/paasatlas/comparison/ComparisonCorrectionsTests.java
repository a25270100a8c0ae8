package io.paasatlas.comparison;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A claim that a newer source corrects shows its correction wherever the comparison shows the claim: in the page's
 * cell with a note in that provider's column, and in the JSON and CSV of the same table (issue 14).
 */
@SpringBootTest(properties = "catalog.location=data/providers")
@AutoConfigureMockMvc
class ComparisonCorrectionsTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void theCompareTableShowsTheCorrectionInTheCellWithItsNoteInTheColumn() throws Exception {
		String html = body("/compare?providers=fly-io,heroku");
		// the seed's "not fully managed" beside Fly's Managed Postgres, corrected in place with the correction's note
		assertThat(html).containsPattern("not fully managed <small class=\"correction\">\\(said 2025; "
				+ "<ins>now Managed Postgres \\(MPG\\) plans from \\$38 a month</ins><a class=\"ref[^\"]*\" href=\"#c1-n\\d+-\\d\"");
		assertThat(html).contains("Fly.io docs: Managed Postgres");
	}

	@Test
	void theJsonAndCsvOfTheTableCarryTheSameCorrection() throws Exception {
		String json = body("/api/compare?providers=fly-io,heroku");
		assertThat(json).contains("not fully managed (said 2025; now Managed Postgres (MPG) plans from $38 a month)")
			.contains("\"title\":\"Fly.io docs: Managed Postgres");
		String csv = body("/compare?providers=fly-io,heroku&format=csv");
		assertThat(csv).contains("not fully managed (said 2025; now Managed Postgres (MPG) plans from $38 a month)");
	}

	private String body(String uri) throws Exception {
		return this.mvc.get().uri(uri).exchange().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

}
