import java.nio.ByteBuffer;
import java.nio.file.Path;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Embedded Jetty answering a file's bytes from memory in a handler before any servlet, the place a cached page would
 * be answered on Jetty, with a blocking handler (a pool thread per request, as Spring MVC's servlet needs) and 8
 * threads. Usage: JettyServer PORT DIR (GET /NAME answers DIR/NAME).
 */
class JettyServer {

	public static void main(String[] args) throws Exception {
		Bodies bodies = new Bodies(Path.of(args[1]));
		Server server = new Server(new QueuedThreadPool(8, 2));
		ServerConnector connector = new ServerConnector(server, 1, 1);
		connector.setPort(Integer.parseInt(args[0]));
		server.addConnector(connector);
		server.setHandler(new Handler.Abstract() {
			@Override
			public boolean handle(Request request, Response response, Callback callback) {
				byte[] body = bodies.get(request.getHttpURI().getPath());
				response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html;charset=UTF-8");
				response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
				response.write(true, ByteBuffer.wrap(body), callback);
				return true;
			}
		});
		server.start();
		server.join();
	}

}
