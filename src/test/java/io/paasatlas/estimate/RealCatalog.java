package io.paasatlas.estimate;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.paasatlas.catalog.BundledCatalog;
import io.paasatlas.catalog.ProviderProfile;
import io.paasatlas.provider.Provider;
import io.paasatlas.provider.ProviderCatalog;
import io.paasatlas.provider.ProviderNotFoundException;

import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/** The profiles of {@code data/providers}, read once, and a mocked {@link ProviderCatalog} that serves them. */
final class RealCatalog {

	static final Map<String, ProviderProfile> PROFILES = read();

	private RealCatalog() {
	}

	private static Map<String, ProviderProfile> read() {
		return BundledCatalog.profiles().stream()
			.collect(Collectors.toMap(ProviderProfile::slug, Function.identity()));
	}

	/** Makes the mocked catalog answer like the real one on the bundled data. */
	static void serve(ProviderCatalog catalog) {
		List<Provider> providers = PROFILES.values().stream()
			.sorted(Comparator.comparing(ProviderProfile::name))
			.map(RealCatalog::provider)
			.toList();
		given(catalog.all()).willReturn(providers);
		given(catalog.profile(anyString())).willAnswer((invocation) -> profile(invocation.getArgument(0)));
		given(catalog.profiles(anyList())).willAnswer((invocation) -> {
			List<String> slugs = invocation.getArgument(0);
			return slugs.stream().map(RealCatalog::profile).toList();
		});
	}

	static ProviderProfile profile(String slug) {
		ProviderProfile profile = PROFILES.get(slug);
		if (profile == null) {
			throw new ProviderNotFoundException(slug);
		}
		return profile;
	}

	private static Provider provider(ProviderProfile profile) {
		Provider provider = mock(Provider.class);
		given(provider.getSlug()).willReturn(profile.slug());
		given(provider.getName()).willReturn(profile.name());
		return provider;
	}

}
