package io.paasatlas.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** RFC 4180 quoting and formula neutralizing of {@link Csv}. */
class CsvFormatTests {

	@Test
	void plainFieldsAreLeftAlone() {
		assertThat(new Csv().row("a", 1, null, "Fly.io").toString()).isEqualTo("a,1,,Fly.io\r\n");
	}

	@Test
	void quotesCommasQuotesAndLineBreaks() {
		assertThat(Csv.field("a,b")).isEqualTo("\"a,b\"");
		assertThat(Csv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
		assertThat(Csv.field("one\ntwo")).isEqualTo("\"one\ntwo\"");
		assertThat(Csv.field(" padded ")).isEqualTo("\" padded \"");
	}

	@Test
	void neutralizesFormulas() {
		assertThat(Csv.field("=1+1")).isEqualTo("'=1+1");
		assertThat(Csv.field("+1")).isEqualTo("'+1");
		assertThat(Csv.field("-2")).isEqualTo("'-2");
		assertThat(Csv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(Csv.field("=HYPERLINK(\"x\",\"y\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
		assertThat(Csv.field("\tx")).isEqualTo("'\tx");
	}

}
