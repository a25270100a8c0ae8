package io.paasatlas.change;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** What a change is about; the key is the {@code kind} of the query string and the suffix of its message key. */
enum ChangeKind {

	/** A region added, deprecated or removed; a change of the region list. */
	REGIONS,
	/** A new price of a compute offer. */
	PRICES,
	/** A free tier started, changed or ended. */
	FREE_TIER,
	/** A plan or another notable change of the provider. */
	PLANS,
	/** A claim a newer source corrects. */
	CORRECTIONS;

	public String key() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	static Optional<ChangeKind> of(@Nullable String key) {
		return Arrays.stream(values()).filter((k) -> k.key().equals(key)).findFirst();
	}

}
