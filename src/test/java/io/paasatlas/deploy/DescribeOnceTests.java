package io.paasatlas.deploy;

import io.paasatlas.catalog.ProviderProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.verify;

/**
 * A request describes its form once, in its validation, and builds its {@link Facts} once: the page, the zip and the
 * API render the validator's description. The page cache is off, so that every request reaches the controller.
 */
@SpringBootTest(properties = { "catalog.location=data/providers", "atlas.page-cache.enabled=false" })
@AutoConfigureMockMvc
class DescribeOnceTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoSpyBean
	DeployKits kits;

	@BeforeEach
	void forgetCalls() {
		clearInvocations(this.kits);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			/deploy?provider=fly-io&regions=iad,lhr,sin              | 200
			/deploy?provider=heroku&python=2.7&regions=iad&name=A    | 400
			/deploy?provider=fly-io&regions=bom&postgres=true        | 400
			/deploy/heroku.zip?name=shop&worker=true                 | 200
			/deploy/render.zip?memoryMb=9999                         | 400
			/api/deploy?provider=fly-io&cron=daily                   | 200
			/api/deploy?provider=render&python=3.9                   | 400
			""")
	void describesTheFormOnceAndBuildsTheFactsOnce(String uri, int status) {
		assertThat(this.mvc.get().uri(uri)).hasStatus(status);
		verify(this.kits).describe(any(), any(), any(), any());
		verify(this.kits).facts(any(ProviderProfile.class));
	}

}
