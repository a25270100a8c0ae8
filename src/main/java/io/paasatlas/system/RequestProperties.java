package io.paasatlas.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What a request may send ({@code atlas.request.*}).
 *
 * @param maxBodyBytes the largest body the app reads, a 413 above it: it takes small JSON objects only
 * @param maxBodyTime how long a body may take to arrive, a 408 after it ({@link RequestBodyValve})
 * @param maxDiscardBytes the largest body over the limit read and dropped before the 413, so that its client reads
 * the answer; a bigger one closes the connection unread
 */
@ConfigurationProperties("atlas.request")
record RequestProperties(@DefaultValue("16384") int maxBodyBytes, @DefaultValue("5s") Duration maxBodyTime,
		@DefaultValue("1048576") long maxDiscardBytes) {
}
