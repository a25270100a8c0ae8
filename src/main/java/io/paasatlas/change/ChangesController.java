package io.paasatlas.change;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import io.paasatlas.catalog.Notes;
import io.paasatlas.catalog.ProviderProfile;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /changes}: every dated change across the catalog, newest first, {@value #PAGE_SIZE} to a page, filtered by
 * provider and kind in the query string; {@code /changes.atom}: the same, the newest {@value #FEED_SIZE}, as an
 * Atom feed. A malformed filter is a 400 and a provider not in the catalog a 404, each saying why (the page keeps
 * its form).
 */
@Controller
class ChangesController {

	static final String VIEW = "changes/changes";

	static final int PAGE_SIZE = 50;

	static final int FEED_SIZE = 100;

	private final CatalogChanges changes;

	private final MessageSource messages;

	private final Clock clock;

	ChangesController(CatalogChanges changes, MessageSource messages, Clock clock) {
		this.changes = changes;
		this.messages = messages;
		this.clock = clock;
	}

	/** The form sends "" for "any": read blank values as absent. */
	@InitBinder("filter")
	void trimBlankValues(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	@ModelAttribute("providers")
	List<ProviderProfile> providers() {
		return this.changes.providers();
	}

	@ModelAttribute("kinds")
	List<String> kinds() {
		return java.util.Arrays.stream(ChangeKind.values()).map(ChangeKind::key).toList();
	}

	@GetMapping("/changes")
	String page(@Valid @ModelAttribute("filter") ChangesFilter filter, BindingResult result, Model model,
			HttpServletResponse response) {
		if (result.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return VIEW;
		}
		if (filter.hasProvider() && this.changes.provider(Objects.requireNonNull(filter.provider())).isEmpty()) {
			result.rejectValue("provider", "changes.provider.unknown", new Object[] { filter.provider() },
					"unknown provider");
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			return VIEW;
		}
		List<CatalogChange> all = this.changes.changes(filter);
		int pages = Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
		int page = Math.min(filter.pageOrFirst(), pages);
		model.addAttribute("page", new ChangesPage(all.subList((page - 1) * PAGE_SIZE,
				Math.min(all.size(), page * PAGE_SIZE)), all.size(), page, pages));
		model.addAttribute("notes", new Notes("n"));
		return VIEW;
	}

	@GetMapping("/changes.atom")
	ResponseEntity<String> feed(@Valid @ModelAttribute("filter") ChangesFilter filter, BindingResult result) {
		if (result.hasErrors()) {
			return text(HttpStatus.BAD_REQUEST, String.join(" ", result.getFieldErrors().stream()
				.map((e) -> e.getField() + ": " + this.messages.getMessage(e, Locale.ENGLISH))
				.toList()));
		}
		if (filter.hasProvider() && this.changes.provider(Objects.requireNonNull(filter.provider())).isEmpty()) {
			return text(HttpStatus.NOT_FOUND, this.messages.getMessage("changes.provider.unknown",
					new Object[] { filter.provider() }, Locale.ENGLISH));
		}
		List<CatalogChange> all = this.changes.changes(filter);
		URI base = ServletUriComponentsBuilder.fromCurrentContextPath().path("/").build().toUri();
		String title = filter.hasProvider()
				? this.messages.getMessage("changes.feed.titleOf",
						new Object[] { this.changes.provider(Objects.requireNonNull(filter.provider())).orElseThrow().name() }, Locale.ENGLISH)
				: this.messages.getMessage("changes.feed.title", null, Locale.ENGLISH);
		LocalDate fallback = this.changes.providers().stream()
			.map((p) -> p.lastVerified().start())
			.max(Comparator.naturalOrder())
			.orElse(LocalDate.now(this.clock));
		String xml = new AtomFeed(this.messages).write(base, query(filter), title,
				all.subList(0, Math.min(FEED_SIZE, all.size())), fallback);
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(AtomFeed.MEDIA_TYPE)).body(xml);
	}

	/** The filter as a query string, without the page: {@code provider=fly-io&kind=prices}. */
	static String query(ChangesFilter filter) {
		UriComponentsBuilder query = UriComponentsBuilder.newInstance();
		if (filter.hasProvider()) {
			query.queryParam("provider", filter.provider());
		}
		if (filter.hasKind()) {
			query.queryParam("kind", filter.kind());
		}
		String text = query.build().encode().getQuery();
		return (text != null) ? text : "";
	}

	private static ResponseEntity<String> text(HttpStatus status, String message) {
		return ResponseEntity.status(status).contentType(MediaType.TEXT_PLAIN).body(message);
	}

	/**
	 * One page of the list.
	 *
	 * @param changes this page's changes, newest first
	 * @param total how many changes the filter lets through in all
	 * @param number the page's number, from 1
	 * @param pages how many pages there are
	 */
	record ChangesPage(List<CatalogChange> changes, int total, int number, int pages) {

		ChangesPage {
			changes = List.copyOf(new ArrayList<>(changes));
		}

		public boolean hasPrevious() {
			return this.number > 1;
		}

		public boolean hasNext() {
			return this.number < this.pages;
		}
	}

}
