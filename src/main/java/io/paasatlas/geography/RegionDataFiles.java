package io.paasatlas.geography;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import io.paasatlas.catalog.CatalogError;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;

import org.springframework.core.io.ClassPathResource;

/**
 * Finds and reads the atlas's data files the way the catalog finds its profiles: a configured path, else the file in
 * {@code data/} of the working directory, else the copy packaged in the jar under {@code catalog/}. Any problem,
 * a missing file included, is an {@link InvalidRegionDataException} naming the file.
 */
final class RegionDataFiles {

	static final Path METROS = Path.of("data", "metros.yaml");

	static final Path LAND = Path.of("data", "geo", "land-110m.json");

	private RegionDataFiles() {
	}

	static Metros metros(@Nullable String location, Validator validator) {
		Text text = read(location, METROS, "catalog/metros.yaml", "Metro data");
		MetroReader.Result result = new MetroReader(validator).read(text.name(), text.content());
		if (!result.valid()) {
			throw new InvalidRegionDataException("Metro data", result.errors());
		}
		return Objects.requireNonNull(result.metros());
	}

	static LandOutline land(@Nullable String location) {
		Text text = read(location, LAND, "catalog/geo/land-110m.json", "Land outline");
		LandReader.Result result = new LandReader().read(text.name(), text.content());
		if (!result.valid()) {
			throw new InvalidRegionDataException("Land outline", result.errors());
		}
		return Objects.requireNonNull(result.outline());
	}

	private static Text read(@Nullable String location, Path standard, String packaged, String what) {
		Path file = (location != null && !location.isBlank()) ? Path.of(location) : standard;
		try {
			if (Files.isRegularFile(file)) {
				return new Text(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
			}
			if (location == null || location.isBlank()) {
				ClassPathResource resource = new ClassPathResource(packaged);
				if (resource.exists()) {
					return new Text("classpath:" + packaged, resource.getContentAsString(StandardCharsets.UTF_8));
				}
			}
		}
		catch (IOException ex) {
			throw new InvalidRegionDataException(what,
					List.of(new CatalogError(file.toString(), 0, null, "cannot be read: " + ex.getMessage())));
		}
		String where = (location != null && !location.isBlank()) ? "not found"
				: "not found, nor packaged in the jar as " + packaged + " (the build packages " + standard
						+ " there, as it does the provider profiles)";
		throw new InvalidRegionDataException(what, List.of(new CatalogError(file.toString(), 0, null, where)));
	}

	private record Text(String name, String content) {
	}

}
