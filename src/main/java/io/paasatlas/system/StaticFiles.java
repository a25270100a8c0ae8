package io.paasatlas.system;

import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The app's static files, mapped under their own URLs only ({@code spring.web.resources.add-mappings=false} turns
 * Boot's {@code /**} mapping off). Under {@code /**}, every link a page renders was looked up as a possible static
 * file on every rendering (for its content-hashed URL), a search of the class path that failed for every link to a
 * page: 7% of rendering a filtered provider list. Where the files are, their cache life and whether the chain caches
 * are Boot's {@code spring.web.resources.*} settings, so that {@code spring-boot:run} serves them from
 * {@code src/main/resources} and DevTools' defaults apply. A new file under {@code static/} needs its URL here.
 */
@Configuration(proxyBeanMethods = false)
class StaticFiles implements WebMvcConfigurer {

	private final WebProperties.Resources resources;

	StaticFiles(WebProperties web) {
		this.resources = web.getResources();
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		// a pattern's path is read from its first segment with a wildcard on; the wildcards admit the hashed names
		serve(registry.addResourceHandler("/css/**"), "css/");
		serve(registry.addResourceHandler("/favicon*.svg"), "");
		serve(registry.addResourceHandler("/api/openapi*.json"), "api/");
	}

	private void serve(ResourceHandlerRegistration registration, String folder) {
		for (String location : this.resources.getStaticLocations()) {
			registration.addResourceLocations(location + folder);
		}
		CacheControl cacheControl = this.resources.getCache().getCachecontrol().toHttpCacheControl();
		if (cacheControl != null) {
			registration.setCacheControl(cacheControl);
		}
		registration.resourceChain(this.resources.getChain().isCache())
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
	}

}
