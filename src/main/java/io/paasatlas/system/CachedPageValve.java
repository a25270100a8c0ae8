package io.paasatlas.system;

import java.io.IOException;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

/**
 * Answers a cached page in the context's pipeline, before Tomcat builds the filter chain: a cached GET then costs
 * neither the filters (observation, encoding, request limits) nor the servlet's dispatch, about half of its time
 * under load (bench/all.sh). Everything else goes on to the filters, where {@link PageCacheFilter} renders and
 * caches.
 */
final class CachedPageValve extends ValveBase {

	private final PageCacheFilter pages;

	CachedPageValve(PageCacheFilter pages) {
		super(true);
		this.pages = pages;
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		if (!this.pages.answerBeforeFilters(request, response)) {
			getNext().invoke(request, response);
		}
	}

}
