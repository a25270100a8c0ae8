package io.paasatlas.system;

import java.time.Duration;

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
 * page: 7% of rendering a filtered provider list. Content-hashed URLs and a year's cache life, as before. A new file
 * under {@code static/} needs its URL here.
 */
@Configuration(proxyBeanMethods = false)
class StaticFiles implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		// a pattern's path is read from its first segment with a wildcard on; the wildcards admit the hashed names
		serve(registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/"));
		serve(registry.addResourceHandler("/favicon*.svg").addResourceLocations("classpath:/static/"));
		serve(registry.addResourceHandler("/api/openapi*.json").addResourceLocations("classpath:/static/api/"));
	}

	private static void serve(ResourceHandlerRegistration registration) {
		registration.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic())
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
	}

}
