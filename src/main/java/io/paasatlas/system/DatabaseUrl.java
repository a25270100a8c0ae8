package io.paasatlas.system;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A PostgreSQL connection URL in the form Fly.io sets as {@code DATABASE_URL}
 * ({@code postgres://USER:PASSWORD@HOST:5432/DATABASE?sslmode=disable}, also {@code postgresql://}), turned into what
 * JDBC needs: a {@code jdbc:postgresql://} URL, a user name and a password.
 * <p>
 * The user information ends at the <em>last</em> {@code @}, so a password is never mistaken for the host, and no
 * message of this class contains the password: {@link #redact(String)} masks it.
 *
 * @param jdbcUrl {@code jdbc:postgresql://HOST:PORT/DATABASE} plus the query parameters as given
 * @param username the decoded user name
 * @param password the decoded password, {@code null} when the URL gives none
 * @param host the host, for log lines
 * @param port the port (5432 when the URL gives none)
 * @param database the decoded database name
 */
record DatabaseUrl(String jdbcUrl, String username, @Nullable String password, String host, int port,
		String database) {

	static final String FORMAT = "postgres://USER:PASSWORD@HOST:5432/DATABASE?sslmode=disable";

	private static final int DEFAULT_PORT = 5432;

	private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]{0,30}");

	private static final Pattern HOST = Pattern.compile("[A-Za-z0-9._~-]+|\\[[0-9A-Fa-f:.]+\\]");

	private static final Pattern QUERY = Pattern.compile("[A-Za-z0-9._~%!$&'()*+,;=:@/?-]*");

	/** The server and database, never the user or the password: "db.internal:5432/app". */
	String describe() {
		return this.host + ":" + this.port + "/" + this.database;
	}

	/**
	 * Parses a {@code postgres://} or {@code postgresql://} URL.
	 * @param value the URL; surrounding white space is ignored
	 * @return the JDBC settings
	 * @throws InvalidDatabaseUrlException saying what is wrong, with the password masked
	 */
	static DatabaseUrl parse(String value) {
		String url = value.strip();
		int schemeEnd = url.indexOf("://");
		if (schemeEnd < 0) {
			throw new InvalidDatabaseUrlException("it has no scheme: it must start with postgres:// or postgresql://",
					null);
		}
		String scheme = url.substring(0, schemeEnd);
		if (!scheme.equalsIgnoreCase("postgres") && !scheme.equalsIgnoreCase("postgresql")) {
			String shown = isShowable(scheme) ? "'" + scheme + "://'" : "something else";
			throw new InvalidDatabaseUrlException("it must start with postgres:// or postgresql://, not " + shown
					+ (scheme.toLowerCase(Locale.ROOT).startsWith("jdbc") ? " (give the URL without jdbc:, as Fly.io sets it)" : ""),
					redact(url));
		}
		String rest = url.substring(schemeEnd + 3);
		int at = rest.lastIndexOf('@');
		String userInfo = (at >= 0) ? rest.substring(0, at) : null;
		String afterUser = (at >= 0) ? rest.substring(at + 1) : rest;

		int pathStart = indexOfAny(afterUser, "/?#");
		String hostPort = (pathStart >= 0) ? afterUser.substring(0, pathStart) : afterUser;
		String pathAndQuery = (pathStart >= 0) ? afterUser.substring(pathStart) : "";
		String redacted = redact(url);

		String host;
		String portText = null;
		if (hostPort.startsWith("[")) {
			int close = hostPort.indexOf(']');
			host = (close > 0) ? hostPort.substring(0, close + 1) : hostPort;
			String tail = (close > 0) ? hostPort.substring(close + 1) : "";
			if (tail.startsWith(":")) {
				portText = tail.substring(1);
			}
			else if (!tail.isEmpty()) {
				throw new InvalidDatabaseUrlException("unexpected text after the IPv6 host", redacted);
			}
		}
		else {
			int colon = hostPort.lastIndexOf(':');
			host = (colon >= 0) ? hostPort.substring(0, colon) : hostPort;
			portText = (colon >= 0) ? hostPort.substring(colon + 1) : null;
		}
		if (host.isEmpty()) {
			throw new InvalidDatabaseUrlException("the host is missing", redacted);
		}
		if (!HOST.matcher(host).matches()) {
			throw new InvalidDatabaseUrlException("the host contains characters a host name cannot have", redacted);
		}
		int port = DEFAULT_PORT;
		if (portText != null) {
			if (!portText.matches("[0-9]{1,5}") || Integer.parseInt(portText) < 1 || Integer.parseInt(portText) > 65535) {
				throw new InvalidDatabaseUrlException("the port must be a number from 1 to 65535", redacted);
			}
			port = Integer.parseInt(portText);
		}

		if (pathAndQuery.indexOf('#') >= 0) {
			throw new InvalidDatabaseUrlException("a fragment (#...) has no meaning in a database URL", redacted);
		}
		int queryStart = pathAndQuery.indexOf('?');
		String path = (queryStart >= 0) ? pathAndQuery.substring(0, queryStart) : pathAndQuery;
		String query = (queryStart >= 0) ? pathAndQuery.substring(queryStart + 1) : "";
		if (path.length() <= 1) {
			throw new InvalidDatabaseUrlException("the database name is missing (the path after the host)", redacted);
		}
		String rawDatabase = path.substring(1);
		if (rawDatabase.contains("/")) {
			throw new InvalidDatabaseUrlException("the path must be a single database name", redacted);
		}
		String database = decode(rawDatabase, "database name", redacted);
		if (!QUERY.matcher(query).matches()) {
			throw new InvalidDatabaseUrlException("the query contains characters that must be percent-encoded",
					redacted);
		}

		String username;
		String password = null;
		if (userInfo == null) {
			throw new InvalidDatabaseUrlException("the user name is missing (USER:PASSWORD@ before the host)",
					redacted);
		}
		else {
			int colon = userInfo.indexOf(':');
			String rawUser = (colon >= 0) ? userInfo.substring(0, colon) : userInfo;
			username = decode(rawUser, "user name", redacted);
			if (username.isEmpty()) {
				throw new InvalidDatabaseUrlException("the user name before the password is empty", redacted);
			}
			if (colon >= 0) {
				password = decode(userInfo.substring(colon + 1), "password", redacted);
			}
		}
		String jdbcUrl = "jdbc:postgresql://" + host + ":" + port + "/" + encodePathSegment(database)
				+ (query.isEmpty() ? "" : "?" + query);
		return new DatabaseUrl(jdbcUrl, username, password, host, port, database);
	}

	/**
	 * The URL with the password and any query value whose name mentions a password masked as {@code ****}; safe to
	 * print. Text that cannot be told apart from a password (no {@code ://}) is not shown at all.
	 */
	static String redact(String value) {
		String url = value.strip();
		int schemeEnd = url.indexOf("://");
		if (schemeEnd < 0) {
			return "(not shown: it is not a URL)";
		}
		String head = url.substring(0, schemeEnd + 3);
		String rest = url.substring(schemeEnd + 3);
		int at = rest.lastIndexOf('@');
		if (at >= 0) {
			String userInfo = rest.substring(0, at);
			int colon = userInfo.indexOf(':');
			String user = (colon >= 0) ? userInfo.substring(0, colon) : userInfo;
			rest = user + ((colon >= 0) ? ":****" : "") + rest.substring(at);
			at = user.length() + ((colon >= 0) ? 5 : 0);
		}
		else {
			// no @: "user:secret/db" (a forgotten @) must not show the secret as if it were a port
			int authorityEnd = indexOfAny(rest, "/?#");
			String authority = (authorityEnd >= 0) ? rest.substring(0, authorityEnd) : rest;
			int colon = authority.lastIndexOf(':');
			if (colon >= 0 && !authority.endsWith("]") && !authority.substring(colon + 1).matches("[0-9]*")) {
				return "(not shown: what follows the host could be a password without the @ that ends it)";
			}
		}
		int queryStart = rest.indexOf('?', Math.max(at, 0));
		if (queryStart >= 0) {
			StringBuilder masked = new StringBuilder(rest.substring(0, queryStart + 1));
			String[] parameters = rest.substring(queryStart + 1).split("&", -1);
			for (int i = 0; i < parameters.length; i++) {
				String parameter = parameters[i];
				int equals = parameter.indexOf('=');
				String name = (equals >= 0) ? parameter.substring(0, equals) : parameter;
				boolean secret = name.toLowerCase(Locale.ROOT).contains("pass")
						|| name.toLowerCase(Locale.ROOT).contains("key");
				masked.append((i > 0) ? "&" : "").append((secret && equals >= 0) ? name + "=****" : parameter);
			}
			rest = masked.toString();
		}
		String shownHead = isShowable(url.substring(0, schemeEnd)) ? head : "…://";
		return shownHead + rest;
	}

	/** A scheme such as {@code mysql} or {@code jdbc:postgresql}, never text that could be a user and password. */
	private static boolean isShowable(String scheme) {
		String name = scheme.regionMatches(true, 0, "jdbc:", 0, 5) ? scheme.substring(5) : scheme;
		return SCHEME.matcher(name).matches();
	}

	private static int indexOfAny(String text, String characters) {
		for (int i = 0; i < text.length(); i++) {
			if (characters.indexOf(text.charAt(i)) >= 0) {
				return i;
			}
		}
		return -1;
	}

	/** Percent-decoding of a URL component; {@code +} stays a plus sign, as in a URL's user information. */
	private static String decode(String text, String what, String redacted) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
		for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
			int c = text.codePointAt(i);
			if (c == '%') {
				int high = (i + 2 < text.length()) ? Character.digit(text.charAt(i + 1), 16) : -1;
				int low = (i + 2 < text.length()) ? Character.digit(text.charAt(i + 2), 16) : -1;
				if (high < 0 || low < 0) {
					throw new InvalidDatabaseUrlException("the " + what
							+ " has a % that does not start a percent-encoded byte (%XX); encode % itself as %25",
							redacted);
				}
				bytes.write((high << 4) + low);
				i += 2;
			}
			else if (c < 0x21 || c == 0x7f) {
				throw new InvalidDatabaseUrlException("the " + what
						+ " contains a space or control character; percent-encode it", redacted);
			}
			else {
				byte[] encoded = Character.toString(c).getBytes(StandardCharsets.UTF_8);
				bytes.write(encoded, 0, encoded.length);
			}
		}
		return bytes.toString(StandardCharsets.UTF_8);
	}

	private static String encodePathSegment(String segment) {
		StringBuilder encoded = new StringBuilder();
		for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
			char c = (char) (b & 0xff);
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
				encoded.append(c);
			}
			else {
				encoded.append('%').append(String.format("%02X", b & 0xff));
			}
		}
		return encoded.toString();
	}

}
