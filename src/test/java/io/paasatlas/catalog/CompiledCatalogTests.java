package io.paasatlas.catalog;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.aot.generate.ClassNameGenerator;
import org.springframework.aot.generate.DefaultGenerationContext;
import org.springframework.aot.generate.GeneratedFiles.Kind;
import org.springframework.aot.generate.InMemoryGeneratedFiles;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotContribution;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.core.io.InputStreamSource;
import org.springframework.javapoet.ClassName;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class CompiledCatalogTests {

	private static final Path DATA = Path.of("data", "providers");

	@TempDir
	Path jar;

	@Test
	void theCompiledCatalogGivesTheProfilesTheYamlGives() throws IOException {
		SortedMap<String, String> texts = CatalogReader.texts(DATA);
		List<ProviderProfile> read = CatalogFixtures.dataReader().read(DATA).profiles();
		ClassLoader loader = compiled(new CompiledCatalog(CompiledCatalog.digest(texts), read));

		assertThat(CompiledCatalog.matching(loader, texts)).isNotNull()
			.extracting(LoadedCatalog::profiles)
			.isEqualTo(read);
	}

	@Test
	void filesThatDifferInAnyWayAreReadFromYaml() throws IOException {
		SortedMap<String, String> texts = CatalogReader.texts(DATA);
		List<ProviderProfile> read = CatalogFixtures.dataReader().read(DATA).profiles();
		ClassLoader loader = compiled(new CompiledCatalog(CompiledCatalog.digest(texts), read));

		SortedMap<String, String> edited = new TreeMap<>(texts);
		edited.put(texts.firstKey(), texts.get(texts.firstKey()) + "\n# an edit\n");
		assertThat(CompiledCatalog.matching(loader, edited)).isNull();
		SortedMap<String, String> renamed = new TreeMap<>(texts);
		renamed.put("renamed.yaml", renamed.remove(texts.firstKey()));
		assertThat(CompiledCatalog.matching(loader, renamed)).isNull();
		SortedMap<String, String> fewer = new TreeMap<>(texts);
		fewer.remove(texts.lastKey());
		assertThat(CompiledCatalog.matching(loader, fewer)).isNull();
	}

	@Test
	void aCompiledCatalogMissingAProfileIsReadFromYaml() throws IOException {
		SortedMap<String, String> texts = CatalogReader.texts(DATA);
		List<ProviderProfile> read = CatalogFixtures.dataReader().read(DATA).profiles();
		// the files' own digest, but a line lost: every file must give its profile
		ClassLoader loader = compiled(new CompiledCatalog(CompiledCatalog.digest(texts), read.subList(1, read.size())));

		assertThat(CompiledCatalog.matching(loader, texts)).isNull();
	}

	@Test
	void noOrABrokenCompiledCatalogIsReadFromYaml() throws IOException {
		SortedMap<String, String> texts = CatalogReader.texts(DATA);
		String digest = CompiledCatalog.digest(texts);
		assertThat(CompiledCatalog.matching(new URLClassLoader(new URL[0], null), texts)).isNull();
		assertThat(CompiledCatalog.matching(withResources(digest, "{\"slug\": \n"), texts)).isNull();
		assertThat(CompiledCatalog.matching(withResources(digest, "[{\"slug\": \"a\"}]\n"), texts)).isNull();
		assertThat(CompiledCatalog.matching(withResources(digest, "{\"profiles\": 5}\n"), texts)).isNull();
		assertThat(CompiledCatalog.matching(withResources(digest, "null\n"), texts)).isNull();
		Files.delete(this.jar.resolve(CompiledCatalog.RESOURCE));
		assertThat(CompiledCatalog.matching(withResources(digest, null), texts)).isNull();
	}

	@Test
	void theDigestSeparatesNamesFromTexts() {
		assertThat(CompiledCatalog.digest(new TreeMap<>(Map.of("a.yaml", "bc"))))
			.isNotEqualTo(CompiledCatalog.digest(new TreeMap<>(Map.of("a.yamlb", "c"))))
			.startsWith("a.yaml\n");
	}

	@Test
	void processAotCompilesTheCatalogTheAppWouldRead() throws IOException {
		InMemoryGeneratedFiles files = new InMemoryGeneratedFiles();
		BeanFactoryInitializationAotContribution contribution = processAot(DATA.toString());
		assertThat(contribution).isNotNull();
		contribution.applyTo(new DefaultGenerationContext(new ClassNameGenerator(ClassName.get("io.paasatlas", "App")),
				files), null);

		SortedMap<String, String> texts = CatalogReader.texts(DATA);
		ClassLoader loader = withResources(generated(files, CompiledCatalog.DIGEST_RESOURCE),
				generated(files, CompiledCatalog.RESOURCE));
		LoadedCatalog compiled = CompiledCatalog.matching(loader, texts);
		List<ProviderProfile> read = CatalogFixtures.dataReader().read(DATA).profiles();
		assertThat(compiled).isNotNull();
		assertThat(compiled.profiles()).isEqualTo(read);
		// the documents the seeder would write, written once at build time
		assertThat(compiled.takeDocuments())
			.isEqualTo(read.stream().map(CatalogReader.documentMapper()::writeValueAsString).toList());
		assertThat(compiled.takeDocuments()).as("handed over once").isEmpty();
	}

	@Test
	void anInvalidCatalogIsNotCompiled() {
		assertThat(processAot(CatalogFixtures.folder("bad/several").toString())).isNull();
		assertThat(processAot("no/such/folder")).isNull();
	}

	private static BeanFactoryInitializationAotContribution processAot(String location) {
		DefaultListableBeanFactory beanFactory = new DefaultListableBeanFactory();
		MockEnvironment environment = new MockEnvironment().withProperty("catalog.location", location);
		beanFactory.registerSingleton("environment", environment);
		return new CompiledCatalogAotProcessor().processAheadOfTime(beanFactory);
	}

	private static String generated(InMemoryGeneratedFiles files, String resource) throws IOException {
		InputStreamSource file = files.getGeneratedFile(Kind.RESOURCE, resource);
		assertThat(file).as(resource).isNotNull();
		return new String(file.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
	}

	private ClassLoader compiled(CompiledCatalog catalog) throws IOException {
		return withResources(catalog.digest(), catalog.profilesJson());
	}

	/** A class loader that holds only the compiled catalog's files, as the jar does; null leaves a file out. */
	private ClassLoader withResources(String digest, @Nullable String profiles) throws IOException {
		write(CompiledCatalog.DIGEST_RESOURCE, digest);
		if (profiles != null) {
			write(CompiledCatalog.RESOURCE, profiles);
		}
		return new URLClassLoader(new URL[] { this.jar.toUri().toURL() }, null);
	}

	private void write(String resource, String text) throws IOException {
		Path file = this.jar.resolve(resource);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text, StandardCharsets.UTF_8);
	}

}
