package io.paasatlas.catalog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data editors' check, {@code --catalog.validate-only=true}: prints the report and exits 0 or 1, without a
 * database or a web server.
 */
@Timeout(60)
class ValidateOnlyTests {

	private static final Path DATA = Path.of("data", "providers");

	private static final String[] SEVERAL_ERRORS = { "Catalog invalid: 6 errors",
			"several-a.yaml:16: identity: mapping values are not allowed here",
			"several-b.yaml:12: sources.docs.as_of: date 2999 is in the future",
			"several-b.yaml:17: identity.source: source 'doc' is neither a URL nor an id listed under sources [docs]",
			"several-b.yaml:21: pricing.billing_granularity: is required and must not be blank",
			"several-b.yaml:28: pricing.compute_offers[0].monthly_usd: price -0.5 is negative",
			"several-b.yaml:41: comparisons[0].with: unknown provider 'no-such-provider'" };

	@Test
	void acceptsTheBundledCatalog() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int status = CatalogLoader.validateOnly(DATA.toString(), new PrintStream(out, true, StandardCharsets.UTF_8));
		String report = out.toString(StandardCharsets.UTF_8);
		assertThat(status).as(report).isZero();
		assertThat(report).contains("Catalog location: " + DATA)
			.containsPattern("Catalog OK: \\d+ provider profiles valid.");
	}

	@Test
	void reportsEachProfilesFreshnessWithTheStalenessLimitGiven() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int status = CatalogLoader.validateOnly(DATA.toString(), "P6M", new PrintStream(out, true, StandardCharsets.UTF_8));
		String report = out.toString(StandardCharsets.UTF_8);
		assertThat(status).as(report).isZero();
		assertThat(report).contains("Freshness (catalog.stale-after=P6M: facts dated before ")
			.containsPattern("fly-io\\.yaml: \\d+ facts, \\d+ \\([0-9.]+%\\) with a source and a date; \\d+ possibly stale; "
					+ "sources no fact cites: ")
			.containsPattern("All: \\d+ facts, [0-9.]+% with a source and a date");
	}

	@Test
	void aStalenessLimitThatIsNotAPeriodIsAnErrorThatSaysHowToWriteIt() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int status = CatalogLoader.validateOnly(DATA.toString(), "a year", new PrintStream(out, true, StandardCharsets.UTF_8));
		assertThat(status).isEqualTo(1);
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("catalog.stale-after is not a period: 'a year'")
			.contains("P12M");
	}

	@Test
	void printsEveryErrorWithFileAndLineAndReturnsOne() {
		String folder = CatalogFixtures.folder("bad/several").toString();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int status = CatalogLoader.validateOnly(folder, new PrintStream(out, true, StandardCharsets.UTF_8));
		String report = out.toString(StandardCharsets.UTF_8);
		assertThat(status).as(report).isEqualTo(1);
		assertThat(report).contains("Catalog location: " + folder).contains(SEVERAL_ERRORS);
	}

	@Test
	void commandLineExitsWithOneAndPrintsEveryErrorForABadFolder() throws Exception {
		Result result = runMain("--catalog.validate-only=true",
				"--catalog.location=" + CatalogFixtures.folder("bad/several"));
		assertThat(result.status()).as(result.output()).isEqualTo(1);
		assertThat(result.output()).contains(SEVERAL_ERRORS).doesNotContain("Tomcat", "HikariPool");
	}

	@Test
	void commandLineExitsWithZeroForTheBundledCatalogInTheWorkingDirectory() throws Exception {
		Result result = runMain("--catalog.validate-only=true");
		assertThat(result.status()).as(result.output()).isZero();
		assertThat(result.output()).contains("Catalog location: " + DATA)
			.containsPattern("Catalog OK: \\d+ provider profiles valid.")
			.contains("Freshness (catalog.stale-after=P12M")
			.doesNotContain("Tomcat", "HikariPool");
	}

	/** Runs the application's main method in a child JVM, since it ends with {@code System.exit}. */
	private static Result runMain(String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(
				Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
				"-Xshare:auto", "-cp", System.getProperty("java.class.path"), "io.paasatlas.PaasAtlasApplication"));
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		byte[] output;
		try {
			output = process.getInputStream().readAllBytes();
			assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("the check finishes").isTrue();
		}
		finally {
			process.destroyForcibly();
		}
		return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
	}

	private record Result(int status, String output) {
	}

}
