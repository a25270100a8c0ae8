import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The files of a directory read once, by "/" + name; an unknown path gets the first one. */
final class Bodies {

	private final Map<String, byte[]> bodies;

	private final byte[] first;

	Bodies(Path dir) {
		try (Stream<Path> files = Files.list(dir)) {
			this.bodies = files.sorted().collect(Collectors.toMap((file) -> "/" + file.getFileName(), Bodies::read));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.first = this.bodies.values().iterator().next();
	}

	byte[] get(String path) {
		return this.bodies.getOrDefault(path, this.first);
	}

	private static byte[] read(Path file) {
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
