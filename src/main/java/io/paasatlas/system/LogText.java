package io.paasatlas.system;

/** Text from a request as a log line may quote it: at most 120 characters, control characters as {@code ?}. */
final class LogText {

	static final int MAX = 120;

	private LogText() {
	}

	static String of(String text) {
		StringBuilder line = new StringBuilder(Math.min(text.length(), MAX + 1));
		for (int i = 0; i < text.length() && line.length() < MAX; i++) {
			char c = text.charAt(i);
			line.append((c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == 0x2028 || c == 0x2029) ? '?' : c);
		}
		return (text.length() > MAX) ? line.append('…').toString() : line.toString();
	}

}
