package ma.marsad;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community embedded for Marsad: Bolt on 127.0.0.1:PORT, no HTTP, authentication on.
 *
 * <p>Usage: {@code java -cp ... ma.marsad.Launcher HOME PORT}. The password of user {@code neo4j} is read
 * from the environment variable {@code MARSAD_NEO4J_LAUNCHER_PASSWORD} (never from the command line) and
 * set through the system database. When Bolt is up the launcher writes {@code HOME/run/ready} (its pid and
 * port); on SIGTERM a shutdown hook stops the database cleanly and removes the run files.
 */
public final class Launcher {
    private static final String PASSWORD_ENV = "MARSAD_NEO4J_LAUNCHER_PASSWORD";

    private Launcher() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: ma.marsad.Launcher HOME PORT");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        String password = System.getenv(PASSWORD_ENV);
        if (password == null || password.isEmpty()) {
            System.err.println("the environment variable " + PASSWORD_ENV + " is not set");
            System.exit(2);
        }
        Path run = home.resolve("run");
        Files.createDirectories(run);
        long pid = ProcessHandle.current().pid();
        writeAtomically(run.resolve("launcher.pid"), Long.toString(pid));

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(512))
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
                .build();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("marsad-neo4j: shutting down");
            try {
                dbms.shutdown();
            } finally {
                deleteQuietly(run.resolve("ready"));
                deleteQuietly(run.resolve("launcher.pid"));
                System.out.println("marsad-neo4j: stopped");
                stopped.countDown();
            }
        }, "marsad-neo4j-shutdown"));

        setPassword(dbms, password);
        writeAtomically(run.resolve("ready"), pid + " " + port + "\n");
        System.out.println("marsad-neo4j: ready on bolt://127.0.0.1:" + port + " (pid " + pid + ")");
        stopped.await();
    }

    /** Sets the password of user neo4j; an unchanged password is not an error. */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        try {
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
        } catch (RuntimeException e) {
            String message = String.valueOf(e.getMessage());
            if (!message.contains("cannot be the same")) {
                throw e;
            }
        }
    }

    private static void writeAtomically(Path file, String content) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, content, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the run folder is rewritten on the next start
        }
    }
}
