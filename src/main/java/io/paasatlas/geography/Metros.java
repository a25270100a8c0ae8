package io.paasatlas.geography;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.paasatlas.catalog.Continent;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The metro areas of {@code data/metros.yaml} and where they come from.
 *
 * @param source the data set, its licence and date, shown wherever the metros are used
 * @param metros in the file's order (most populous first)
 */
public record Metros(@NotNull @Valid Source source, @NotNull List<@NotNull @Valid Metro> metros) {

	public Metros {
		metros = List.copyOf(metros);
	}

	public Optional<Metro> find(String id) {
		return this.metros.stream().filter((m) -> m.id().equals(id)).findFirst();
	}

	public List<Metro> on(Continent continent) {
		return this.metros.stream().filter((m) -> m.continent() == continent).toList();
	}

	/** Every continent with its metros, in the catalog's continent order; a continent without metros is left out. */
	public Map<Continent, List<Metro>> byContinent() {
		Map<Continent, List<Metro>> groups = new LinkedHashMap<>();
		for (Continent continent : Continent.values()) {
			List<Metro> on = on(continent);
			if (!on.isEmpty()) {
				groups.put(continent, on);
			}
		}
		return groups;
	}

	public int size() {
		return this.metros.size();
	}

	/**
	 * The data set the metros come from.
	 *
	 * @param asOf the date the data stands for, {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; the note says
	 * what it means
	 */
	public record Source(@NotBlank String dataset, @NotBlank String version, @NotBlank String url,
			@NotBlank String licence,
			@NotBlank @Pattern(regexp = "[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?",
					message = "must be a date written YYYY, YYYY-MM or YYYY-MM-DD") String asOf,
			@Nullable String note) {
	}

}
