package io.paasatlas.advisor;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Money to the cent as the estimate page writes it: {@code $1,234.50}. */
final class Money {

	private Money() {
	}

	static String usd(BigDecimal amount) {
		DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
		format.setRoundingMode(RoundingMode.HALF_UP);
		return ((amount.signum() < 0) ? "\u2212$" : "$") + format.format(amount.abs());
	}

}
