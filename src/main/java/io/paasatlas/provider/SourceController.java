package io.paasatlas.provider;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The source documents that profiles cite, such as the founding analysis of Fly.io. */
@Controller
class SourceController {

	private final SourceDocuments documents;

	SourceController(SourceDocuments documents) {
		this.documents = documents;
	}

	@GetMapping("/sources/{name}")
	String show(@PathVariable String name, Model model) {
		model.addAttribute("document", this.documents.find(name).orElseThrow(() -> new SourceNotFoundException(name)));
		return "sources/document";
	}

}
