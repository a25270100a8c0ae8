package io.paasatlas.system;

import java.util.Enumeration;
import java.util.Locale;

/**
 * Whether a client's {@code Accept-Encoding} admits gzip (RFC 9110, 12.5.3): named with a q-value above zero
 * ({@code gzip}, {@code x-gzip}), or left to {@code *} with a q-value above zero. {@code gzip;q=0}, {@code q=0.0} and
 * {@code q=0.000} refuse it.
 */
final class AcceptEncoding {

	private AcceptEncoding() {
	}

	static boolean allowsGzip(Enumeration<String> headers) {
		Double gzip = null;
		Double any = null;
		while (headers.hasMoreElements()) {
			for (String coding : headers.nextElement().split(",")) {
				String[] parts = coding.split(";");
				String name = parts[0].strip().toLowerCase(Locale.ROOT);
				double q = quality(parts);
				if (name.equals("gzip") || name.equals("x-gzip")) {
					gzip = (gzip == null) ? q : Math.max(gzip, q);
				}
				else if (name.equals("*")) {
					any = (any == null) ? q : Math.max(any, q);
				}
			}
		}
		if (gzip != null) {
			return gzip > 0;
		}
		return any != null && any > 0;
	}

	/** The q parameter; 1 when absent, 0 when it is not a number (an unreadable weight admits nothing). */
	private static double quality(String[] parts) {
		for (int i = 1; i < parts.length; i++) {
			String parameter = parts[i].strip();
			if (parameter.length() > 2 && (parameter.charAt(0) == 'q' || parameter.charAt(0) == 'Q')
					&& parameter.charAt(1) == '=') {
				String value = parameter.substring(2).strip();
				if (!value.matches("[01](\\.[0-9]{0,3})?")) {
					return 0;
				}
				return Math.min(1, Double.parseDouble(value));
			}
		}
		return 1;
	}

}
