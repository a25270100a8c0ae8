package io.paasatlas.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How Tomcat writes to a connection ({@code atlas.connection.*}).
 *
 * @param writeBuffer the buffer every answer passes through on its way to the socket, one {@code write} per
 * buffer-full: a page below the sendfile threshold (64 kB) then leaves in one write, where Tomcat's 8 kB took up to eight
 */
@ConfigurationProperties("atlas.connection")
record ConnectionProperties(@DefaultValue("64KB") DataSize writeBuffer) {
}
