package io.paasatlas.catalog;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Records built through {@link RecordCreators}: the same values and errors as Jackson's own creator call. */
class RecordCreatorsTests {

	private static final JsonMapper plain = JsonMapper.builder().build();

	private static final JsonMapper adapted = JsonMapper.builder().addModule(new RecordCreators()).build();

	record Probe(String name, int count, @Nullable Boolean builtBySpreader) {

		Probe {
			builtBySpreader = Arrays.stream(new Throwable().getStackTrace())
				.anyMatch((frame) -> frame.getClassName().equals(RecordCreators.class.getName() + "$Spreading"));
		}

	}

	record Positive(int value) {

		Positive {
			if (value < 0) {
				throw new IllegalArgumentException("must not be negative: " + value);
			}
		}

	}

	@Test
	void buildsARecordThroughTheAdaptedConstructor() {
		Probe probe = adapted.readValue("{\"name\":\"a\",\"count\":2}", Probe.class);
		assertThat(probe.name()).isEqualTo("a");
		assertThat(probe.count()).isEqualTo(2);
		assertThat(probe.builtBySpreader()).isTrue();
		assertThat(plain.readValue("{\"name\":\"a\",\"count\":2}", Probe.class).builtBySpreader()).isFalse();
	}

	@Test
	void reportsAConstructorsRejectionAsJacksonDoes() {
		DatabindException ours = catchThrowableOfType(DatabindException.class,
				() -> adapted.readValue("{\"value\":-1}", Positive.class));
		DatabindException jacksons = catchThrowableOfType(DatabindException.class,
				() -> plain.readValue("{\"value\":-1}", Positive.class));
		assertThat(ours).isNotNull().hasRootCauseInstanceOf(IllegalArgumentException.class);
		assertThat(ours.getClass()).isEqualTo(jacksons.getClass());
		assertThat(ours.getOriginalMessage()).isEqualTo(jacksons.getOriginalMessage());
	}

	@Test
	void readsTheBundledProfilesAsJacksonsOwnCreatorsDo() throws IOException {
		Map<String, String> texts = CatalogReader.texts(CatalogLoader.DEFAULT_FOLDER);
		YAMLMapper without = YAMLMapper.builder()
			.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
			.addModule(ScalarText.module())
			.build();
		YAMLMapper with = without.rebuild().addModule(new RecordCreators()).build();
		assertThat(texts).isNotEmpty();
		for (String text : texts.values()) {
			assertThat(with.readValue(text, ProviderProfile.class))
				.isEqualTo(without.readValue(text, ProviderProfile.class));
		}
	}

}
