package io.paasatlas.system;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import io.paasatlas.catalog.Price;
import io.paasatlas.pricing.Money;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;
import org.thymeleaf.spring6.util.DetailedError;

import org.springframework.stereotype.Component;

/**
 * The app's own objects in templates. {@code #money}: the one money formatter ({@link Money}), as
 * {@code ${#money.usd(amount)}} and {@code ${#money.price(price)}}, so that pages write amounts the way the API, the
 * CSV and the charts do. {@code #forms}: a form's errors in the order of its record's components, for the one error
 * list ({@code fragments/errors :: list}). A dialect rather than a bean, so every view has them, test slices
 * included.
 */
@Component
class AtlasDialect extends AbstractDialect implements IExpressionObjectDialect {

	private static final Formatter FORMATTER = new Formatter();

	private static final Forms FORMS = new Forms();

	AtlasDialect() {
		super("atlas");
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of("money", "forms");
			}

			@Override
			public Object buildObject(IExpressionContext context, String name) {
				return name.equals("forms") ? FORMS : FORMATTER;
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

	/** What {@code #forms} offers templates. */
	public static final class Forms {

		/**
		 * The errors: those about the form as a whole first, then each field's in the order of the record's
		 * components; a field's own errors by their text, so the list reads the same on every run.
		 */
		public List<DetailedError> ordered(Object form, List<DetailedError> errors) {
			List<String> fields = fields(form);
			return errors.stream()
				.sorted(Comparator
					.comparingInt((DetailedError e) -> e.isGlobal() ? -1 : position(fields, e.getFieldName()))
					.thenComparing(DetailedError::getMessage, Comparator.nullsFirst(Comparator.naturalOrder())))
				.toList();
		}

		private static List<String> fields(Object form) {
			RecordComponent[] components = form.getClass().getRecordComponents();
			return (components != null) ? Arrays.stream(components).map(RecordComponent::getName).toList() : List.of();
		}

		/** A field's place; a nested path ({@code services[0].memory}) by its first name; unknown ones last. */
		private static int position(List<String> fields, String field) {
			int index = fields.indexOf(field.split("[.\\[]", 2)[0]);
			return (index >= 0) ? index : fields.size();
		}

	}

}
