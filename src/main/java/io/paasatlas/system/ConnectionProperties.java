package io.paasatlas.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How Tomcat writes to a connection ({@code atlas.connection.*}).
 *
 * @param writeBuffer the buffer every answer passes through on its way to the socket, one {@code write} per
 * buffer-full: pages of 10–32 kB, which are not sent by sendfile, then leave in one write instead of three or four
 */
@ConfigurationProperties("atlas.connection")
record ConnectionProperties(@DefaultValue("32KB") DataSize writeBuffer) {
}
