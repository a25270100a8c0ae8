import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.catalina.Context;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.startup.Tomcat;
import org.apache.catalina.valves.ValveBase;

/**
 * Embedded Tomcat answering a file's bytes from memory in a context valve, as the app's CachedPageValve answers a
 * cached page, with the app's connector settings (8 threads, 100 connections, a 64 kB write buffer): what Tomcat
 * costs per answer when the app adds nothing. Usage: TomcatServer PORT DIR (GET /NAME answers DIR/NAME).
 */
class TomcatServer {

	public static void main(String[] args) throws Exception {
		Path dir = Path.of(args[1]);
		Tomcat tomcat = new Tomcat();
		tomcat.setBaseDir(Files.createTempDirectory("tomcat-bench").toString());
		Connector connector = new Connector("HTTP/1.1");
		connector.setPort(Integer.parseInt(args[0]));
		connector.setProperty("maxThreads", "8");
		connector.setProperty("minSpareThreads", "2");
		connector.setProperty("maxConnections", "100");
		connector.setProperty("socket.appWriteBufSize", "65536");
		tomcat.setConnector(connector);
		Context context = tomcat.addContext("", null);
		Bodies bodies = new Bodies(dir);
		context.getPipeline().addValve(new ValveBase(true) {
			@Override
			public void invoke(Request request, Response response) throws IOException {
				byte[] body = bodies.get(request.getRequestURI());
				response.setContentType("text/html;charset=UTF-8");
				response.setContentLength(body.length);
				response.getOutputStream().write(body);
			}
		});
		tomcat.start();
		tomcat.getServer().await();
	}

}
