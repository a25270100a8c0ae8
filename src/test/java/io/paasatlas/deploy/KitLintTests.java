package io.paasatlas.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The files no Java parser reads, checked by their own tools from npm: the Fly.io and Cloud Run Dockerfiles by
 * {@code dockerfile-utils lint}, as CI lints the project's own, and Railway's {@code .railway/railway.ts} by the
 * TypeScript compiler against the DSL of Railway's reference ({@code src/test/resources/deploy/railway-iac.d.ts}).
 * Skipped with a message without npx; under {@code CI=true} they fail instead.
 */
@SpringBootTest(properties = "catalog.location=data/providers")
@AutoConfigureMockMvc
class KitLintTests {

	/** The last TypeScript compiler written in TypeScript; 7 is a native port. */
	static final String TYPESCRIPT = "typescript@5.9.3";

	@Autowired
	DeployKits kits;

	@TempDir
	Path dir;

	@Test
	void flyAndCloudRunDockerfilesLintWithoutErrors() throws Exception {
		Path npx = Tools.require("npx", "apt-get install npm");
		for (String kitCase : new String[] { "fly-io/defaults", "fly-io/everything", "google-cloud-run/defaults",
				"google-cloud-run/everything" }) {
			Kit kit = KitCases.kit(this.kits, KitCases.queries().get(kitCase));
			Path dockerfile = this.dir.resolve(kitCase.replace('/', '-') + ".Dockerfile");
			Files.writeString(dockerfile, KitFilesTests.content(kit, "Dockerfile"));
			Tools.Result lint = Tools.run(this.dir, Map.of(), 180, npx.toString(), "--yes", "dockerfile-utils", "lint",
					dockerfile.toString());
			assertThat(lint.exitCode()).as(kitCase + ":\n" + lint.output()).isZero();
			assertThat(lint.output()).as(kitCase).doesNotContainIgnoringCase("error");
		}
	}

	@Test
	void railwayConfigTypeChecksAgainstTheReferencedDsl() throws Exception {
		Path npx = Tools.require("npx", "apt-get install npm");
		Files.copy(Path.of("src/test/resources/deploy/railway-iac.d.ts"), this.dir.resolve("railway-iac.d.ts"));
		StringBuilder files = new StringBuilder();
		for (String kitCase : new String[] { "railway/defaults", "railway/everything" }) {
			Kit kit = KitCases.kit(this.kits, KitCases.queries().get(kitCase));
			Path ts = this.dir.resolve(kitCase.replace('/', '-') + ".ts");
			Files.writeString(ts, KitFilesTests.content(kit, ".railway/railway.ts"));
			files.append(files.isEmpty() ? "" : ", ").append('"').append(ts.getFileName()).append('"');
		}
		Files.writeString(this.dir.resolve("tsconfig.json"), """
				{ "compilerOptions": { "strict": true, "noEmit": true, "target": "es2022", "module": "esnext",
				    "moduleResolution": "bundler", "paths": { "railway/iac": ["./railway-iac.d.ts"] } },
				  "files": [%s] }
				""".formatted(files));
		Tools.Result tsc = Tools.run(this.dir, Map.of(), 300, npx.toString(), "--yes", "-p", TYPESCRIPT, "tsc", "-p",
				"tsconfig.json");
		assertThat(tsc.exitCode()).as(tsc.output()).isZero();
	}

	@Test
	void typeCheckRejectsAnOptionTheReferenceDoesNotName() throws Exception {
		Path npx = Tools.require("npx", "apt-get install npm");
		Files.copy(Path.of("src/test/resources/deploy/railway-iac.d.ts"), this.dir.resolve("railway-iac.d.ts"));
		Files.writeString(this.dir.resolve("bad.ts"), """
				import { defineRailway, project, service } from "railway/iac";
				export default defineRailway(() => project("x", { resources: [service("x", { cronSchedule: "0 * * * *" })] }));
				""");
		Files.writeString(this.dir.resolve("tsconfig.json"), """
				{ "compilerOptions": { "strict": true, "noEmit": true, "target": "es2022", "module": "esnext",
				    "moduleResolution": "bundler", "paths": { "railway/iac": ["./railway-iac.d.ts"] } },
				  "files": ["bad.ts"] }
				""");
		Tools.Result tsc = Tools.run(this.dir, Map.of(), 300, npx.toString(), "--yes", "-p", TYPESCRIPT, "tsc", "-p",
				"tsconfig.json");
		assertThat(tsc.exitCode()).isNotZero();
		assertThat(tsc.output()).contains("cronSchedule");
	}

}
