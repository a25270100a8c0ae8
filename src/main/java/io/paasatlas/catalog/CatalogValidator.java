package io.paasatlas.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The checks across files: slugs are unique and every comparison names a provider of the catalog.
 */
public final class CatalogValidator {

	/** The report with the cross-file errors added. */
	public CatalogReport validate(CatalogReport report) {
		List<CatalogError> errors = new ArrayList<>(report.errors());
		Map<String, String> firstFileBySlug = new HashMap<>();
		for (CatalogReport.Entry entry : report.entries()) {
			String earlier = firstFileBySlug.putIfAbsent(entry.profile().slug(), entry.file());
			if (earlier != null) {
				errors.add(error(entry, FieldPath.ROOT.child("slug"),
						"duplicate slug '" + entry.profile().slug() + "': also used by " + earlier));
			}
		}
		Set<String> slugs = report.entries().stream().map((e) -> e.profile().slug()).collect(Collectors.toSet());
		for (CatalogReport.Entry entry : report.entries()) {
			List<ProviderProfile.Comparison> comparisons = entry.profile().comparisons();
			for (int i = 0; i < comparisons.size(); i++) {
				String target = comparisons.get(i).with();
				FieldPath path = FieldPath.ROOT.child("comparisons").index(i).child("with");
				if (target.equals(entry.profile().slug())) {
					errors.add(error(entry, path, "a provider cannot be compared with itself"));
				}
				else if (!slugs.contains(target)) {
					errors.add(error(entry, path, "unknown provider '" + target + "': no profile has this slug "
							+ slugs.stream().sorted().toList()));
				}
			}
		}
		errors.sort(java.util.Comparator.comparing(CatalogError::file).thenComparingInt(CatalogError::line));
		return new CatalogReport(report.entries(), errors);
	}

	private static CatalogError error(CatalogReport.Entry entry, FieldPath path, String message) {
		return new CatalogError(entry.file(), entry.locator().line(path.segments()), path.toString(), message);
	}

}
