package io.paasatlas.system;

import io.paasatlas.PaasAtlasApplication;

import org.springframework.boot.SpringApplication;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The app plus {@code GET /test/slow?ms=N}, which answers after N milliseconds: a request still in flight when the
 * signal arrives. The route is registered here, not by an annotated class, so component scanning in other tests
 * never picks it up.
 */
final class SlowRequestApplication {

	static final String STARTED = "slow request started";

	private SlowRequestApplication() {
	}

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(PaasAtlasApplication.class);
		application.addInitializers((context) -> ((GenericApplicationContext) context).registerBean("slowRoute",
				RouterFunction.class, SlowRequestApplication::slowRoute));
		application.run(args);
	}

	private static RouterFunction<ServerResponse> slowRoute() {
		return RouterFunctions.route().GET("/test/slow", (request) -> {
			long millis = Long.parseLong(request.param("ms").orElse("2000"));
			System.out.println(STARTED);
			Thread.sleep(millis);
			return ServerResponse.ok().body("finished after " + millis + " ms");
		}).build();
	}

}
