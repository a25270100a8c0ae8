package io.paasatlas.system;

import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.catalina.valves.RemoteIpValve;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Puts {@link ContainerErrorValve} where Boot puts Tomcat's {@code ErrorReportValve}: on the host, which answers
 * the requests Tomcat rejects before they reach the app. Runs after Boot's own customizer (order 0) so that it
 * replaces Boot's valve instead of adding a second one. On the context, before the filters: {@link RequestBodyValve}
 * reads bodies within their time, then {@link CachedPageValve} answers cached pages asked for without one. The
 * connector is {@link AtlasNioProtocol}, its write buffer {@link ConnectionProperties#writeBuffer()}. Boot's
 * {@link RemoteIpValve} (forwarded headers) sets no request attributes.
 */
@Component
@EnableConfigurationProperties(ConnectionProperties.class)
class TomcatSettings implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

	private final ContainerErrorValve errorValve = new ContainerErrorValve();

	private final PageCacheFilter pages;

	private final RequestBodyValve bodies;

	private final ConnectionProperties connection;

	TomcatSettings(PageCacheFilter pages, RequestProperties limits, ConnectionProperties connection) {
		this.pages = pages;
		this.bodies = new RequestBodyValve(limits);
		this.connection = connection;
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		// bodies first, read within their time; a request with a body then goes on to the filters, never the cache
		factory.addContextValves(this.bodies, new CachedPageValve(this.pages));
		factory.setProtocol(AtlasNioProtocol.class.getName());
		for (Valve valve : factory.getEngineValves()) {
			if (valve instanceof RemoteIpValve remoteIp) {
				// six request attributes at every request, for an access log or address valve the app does not have:
				// 2.8% of the request threads' CPU serving a cached page (async-profiler)
				remoteIp.setRequestAttributesEnabled(false);
			}
		}
		factory.addConnectorCustomizers((connector) -> connector.setProperty("socket.appWriteBufSize",
				Long.toString(this.connection.writeBuffer().toBytes())));
		factory.addContextCustomizers((context) -> {
			Pipeline pipeline = context.getParent().getPipeline();
			for (Valve valve : pipeline.getValves()) {
				if (valve instanceof ErrorReportValve) {
					pipeline.removeValve(valve);
				}
			}
			pipeline.addValve(this.errorValve);
			if (context.getParent() instanceof StandardHost host) {
				// the host adds a valve of this class when it finds none: it finds ours
				host.setErrorReportValveClass(ContainerErrorValve.class.getName());
			}
		});
	}

	@Override
	public int getOrder() {
		return 1;
	}

	ContainerErrorValve errorValve() {
		return this.errorValve;
	}

}
