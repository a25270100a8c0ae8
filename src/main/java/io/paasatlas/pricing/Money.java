package io.paasatlas.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import io.paasatlas.catalog.Currency;
import io.paasatlas.catalog.Price;

/**
 * How every page, chart, CSV and API answer writes money: the currency's symbol, English digit grouping, cents half
 * up. The one formatter, so that a total reads the same wherever it appears. US dollars unless said otherwise.
 */
public final class Money {

	/** The minus sign, not a hyphen. */
	public static final String MINUS = "\u2212";

	/**
	 * Formats by pattern, one set a thread: a DecimalFormat is not thread-safe, and building one per number cost ~8%
	 * of an estimate page's rendering.
	 */
	private static final ThreadLocal<Map<String, DecimalFormat>> FORMATS = ThreadLocal.withInitial(HashMap::new);

	private Money() {
	}

	/** An amount rounded to the cent, half up: how every line and total is kept. */
	public static BigDecimal cents(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.HALF_UP);
	}

	/** Dollars to the cent: {@code $1,234.50}, {@code −$5.00}. */
	public static String usd(BigDecimal amount) {
		return of(amount, Currency.USD);
	}

	/** Money to the cent in a currency: {@code $1,234.50}, {@code €5.00}, {@code −$5.00}. */
	public static String of(BigDecimal amount, Currency currency) {
		String text = currency.symbol() + format("#,##0.00", amount.abs().setScale(2, RoundingMode.HALF_UP));
		return (amount.signum() < 0) ? MINUS + text : text;
	}

	/** Whole dollars without decimals, anything else to the cent: {@code $0}, {@code $2.50}, {@code $1,500}. */
	public static String usdWholeOrCents(BigDecimal amount) {
		boolean whole = amount.signum() == 0 || amount.stripTrailingZeros().scale() <= 0;
		String text = Currency.USD.symbol() + format(whole ? "#,##0" : "#,##0.00", amount.abs());
		return (amount.signum() < 0) ? MINUS + text : text;
	}

	/** A difference, always signed: {@code +$1.00}, {@code −$2.10}, {@code $0.00}. */
	public static String signedUsd(BigDecimal amount) {
		BigDecimal cents = amount.setScale(2, RoundingMode.HALF_UP);
		return (cents.signum() > 0) ? "+" + usd(cents) : usd(cents);
	}

	/** A unit price, with the decimals it has (at least two): {@code $0.02}, {@code $0.000231}, {@code €3.19}. */
	public static String unit(BigDecimal amount, Currency currency) {
		String text = currency.symbol() + format("#,##0.00####", amount.abs());
		return (amount.signum() < 0) ? MINUS + text : text;
	}

	/** A quantity: up to three decimals, {@code 83.333}, {@code 1}, {@code 1,000}. */
	public static String quantity(BigDecimal amount) {
		return format("#,##0.###", amount);
	}

	/**
	 * A price as its source wrote it, to the digit: {@code ~$5}, {@code $0.000231}, {@code $10.00}, {@code ~$20–25}
	 * (a range with an en dash); empty when unknown, for the caller to say so in its own words. Pages, the API, the
	 * CSV, the change log and the catalog table all write a source's prices with it.
	 */
	public static String price(Price price) {
		if (!price.known()) {
			return "";
		}
		String amount = "$" + price.lower().toPlainString();
		if (price.range()) {
			amount += "\u2013" + price.upper().toPlainString();
		}
		return (price.approximate() ? "~" : "") + amount;
	}

	private static String format(String pattern, BigDecimal amount) {
		return FORMATS.get().computeIfAbsent(pattern, Money::decimalFormat).format(amount);
	}

	private static DecimalFormat decimalFormat(String pattern) {
		DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.US));
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format;
	}

}
