package io.paasatlas.catalog;

import org.jspecify.annotations.Nullable;

/** A fact that may cite its source and date; without them it inherits those of its section. */
public interface Sourced {

	@Nullable String source();

	@Nullable AsOf asOf();

}
