package io.paasatlas.deploy;

import java.util.List;

import io.paasatlas.provider.Provider;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every provider of the catalog either has a kit or a reason for having none, and the reason cites a dated source
 * of its profile; the page of such a provider shows the reason (on the real catalog, unlike {@code DeployNoKitTests}).
 */
@SpringBootTest(properties = "catalog.location=data/providers")
@AutoConfigureMockMvc
class NoKitTests {

	@Autowired
	DeployKits kits;

	@Autowired
	MockMvcTester mvc;

	@Test
	void everyProviderWithoutAKitSaysWhyFromItsProfile() {
		List<String> without = this.kits.providers().stream().map(Provider::getSlug).filter((s) -> !this.kits.hasKit(s))
			.toList();
		assertThat(without).isNotEmpty().contains("aws-app-runner");
		for (String slug : without) {
			NoKit noKit = NoKit.of(this.kits.facts(this.kits.profile(slug))).orElseThrow(() -> new AssertionError(slug));
			assertThat(noKit.source().asOf()).as(slug).isNotNull();
			// an id the profile does not define would come back as its own title, without spaces
			assertThat(noKit.source().title()).as(slug).contains(" ");
		}
	}

	@Test
	void noProviderWithAKitHasAReasonForNone() {
		assertThat(KitCases.PROVIDERS).allSatisfy((slug) -> assertThat(NoKit.of(this.kits.facts(this.kits.profile(slug))))
			.as(slug).isEmpty());
	}

	@Test
	void thePageOfAProviderWithoutAKitShowsTheReason() {
		assertThat(this.mvc.get().uri("/deploy?provider=aws-app-runner")).hasStatusOk().bodyText()
			.contains("id=\"no-kit\"", "id=\"no-kit-reason\"", "no longer open to new customers",
					"AWS App Runner Developer Guide: AWS App Runner availability change")
			.doesNotContain("id=\"deployment\"");
	}

}
