package io.paasatlas.system;

import org.thymeleaf.cache.StandardCacheManager;
import org.thymeleaf.spring6.SpringTemplateEngine;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Thymeleaf's cache of parsed expressions sized for the templates: by default it keeps 500, fewer than the
 * templates hold (over a thousand distinct {@code ${...}} alone), so rendering a page evicted what the next one
 * needed and parsed it again, and an expression rebuilt that way never lived long enough for SpEL to compile it.
 * Entries are a few hundred bytes; the templates are fixed, so the cache stops growing once each has been seen.
 */
@Component
class TemplateCaches implements BeanPostProcessor {

	/** Room for every expression of the templates, with space for those added later. */
	static final int EXPRESSIONS = 4000;

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof SpringTemplateEngine engine) {
			StandardCacheManager caches = new StandardCacheManager();
			caches.setExpressionCacheMaxSize(EXPRESSIONS);
			engine.setCacheManager(caches);
		}
		return bean;
	}

}
