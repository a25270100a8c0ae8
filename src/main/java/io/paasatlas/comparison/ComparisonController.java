package io.paasatlas.comparison;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * {@code /compare?providers=a,b,c}: the providers side by side. Without the parameter the page offers the form (200);
 * a wrong list (malformed or repeated slug, fewer than 2 or more than 6) is a 400, a slug not in the catalog a 404,
 * each page saying exactly what is wrong and still offering the form. A valid list written any other way (the
 * form's repeated parameters) is redirected to its permalink.
 */
@Controller
class ComparisonController {

	static final String VIEW = "comparison/compare";

	private final ComparisonQueries comparisons;

	ComparisonController(ComparisonQueries comparisons) {
		this.comparisons = comparisons;
	}

	@GetMapping("/compare")
	String compare(@Valid @ModelAttribute("form") ComparisonForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		Map<String, String> names = this.comparisons.names();
		List<String> slugs = form.slugs();
		model.addAttribute("choices", choices(slugs, names));
		model.addAttribute("min", ComparisonForm.MIN);
		model.addAttribute("max", ComparisonForm.MAX);
		if (!form.given()) {
			return VIEW;
		}
		boolean invalid = result.hasErrors();
		ComparisonQueries.rejectUnknown(slugs, names, result);
		if (result.hasErrors()) {
			response.setStatus(invalid ? HttpServletResponse.SC_BAD_REQUEST : HttpServletResponse.SC_NOT_FOUND);
			return VIEW;
		}
		if (!isPermalink(request, form)) {
			return "redirect:/compare?providers=" + form.query();
		}
		model.addAttribute("table", this.comparisons.table(slugs));
		return VIEW;
	}

	/** Whether the request is exactly {@code ?providers=a,b,c}, the link to share. */
	private static boolean isPermalink(HttpServletRequest request, ComparisonForm form) {
		String[] values = request.getParameterValues("providers");
		return request.getParameterMap().size() == 1 && values != null && values.length == 1
				&& values[0].equals(form.query());
	}

	/**
	 * The form's checkboxes: the providers asked for first, checked and in their order, so that a new choice is
	 * appended as a column; then every other provider of the catalog by name.
	 */
	static List<Choice> choices(List<String> slugs, Map<String, String> names) {
		List<Choice> choices = new ArrayList<>();
		for (String slug : slugs) {
			if (names.containsKey(slug) && choices.stream().noneMatch((c) -> c.slug().equals(slug))) {
				choices.add(new Choice(slug, names.get(slug), true));
			}
		}
		names.forEach((slug, name) -> {
			if (!slugs.contains(slug)) {
				choices.add(new Choice(slug, name, false));
			}
		});
		return choices;
	}

	/** A checkbox of the form. */
	public record Choice(String slug, String name, boolean checked) {
	}

}
