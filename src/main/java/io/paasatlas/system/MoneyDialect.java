package io.paasatlas.system;

import java.math.BigDecimal;
import java.util.Set;

import io.paasatlas.catalog.Price;
import io.paasatlas.pricing.Money;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import org.springframework.stereotype.Component;

/**
 * The one money formatter ({@link Money}) in templates, as {@code ${#money.usd(amount)}} and {@code ${#money.price(price)}}, so that pages write
 * amounts the way the API, the CSV and the charts do. A dialect rather than a bean, so every view has it, test
 * slices included.
 */
@Component
class MoneyDialect extends AbstractDialect implements IExpressionObjectDialect {

	private static final Formatter FORMATTER = new Formatter();

	MoneyDialect() {
		super("money");
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of("money");
			}

			@Override
			public Object buildObject(IExpressionContext context, String name) {
				return FORMATTER;
			}

			@Override
			public boolean isCacheable(String name) {
				return true;
			}

		};
	}

	/** What {@code #money} offers templates. */
	public static final class Formatter {

		public String usd(BigDecimal amount) {
			return Money.usd(amount);
		}

		public String price(Price price) {
			return Money.price(price);
		}

	}

}
