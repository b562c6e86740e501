package ma.marsad;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.neo4j.cli.AdminTool;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;

/**
 * The JVM of {@code marsad neo4j import}'s bulk importer, started before the CSV files exist so that its
 * start overlaps their writing.
 *
 * <p>Usage: {@code java -cp ... ma.marsad.ImportLauncher [WARM_DIR]}, with {@code NEO4J_HOME} and
 * {@code NEO4J_CONF} set as for {@code neo4j-admin}. Given {@code WARM_DIR}, it first runs a two-node import of
 * its own there (output discarded), which loads and initialises what the importer needs; it then reads the
 * arguments of {@code neo4j-admin} from standard input, one per line, up to end of input, runs them and
 * exits with their exit code. No arguments (input closed at once) means the import was called off: exit 0.
 */
public final class ImportLauncher {
    private ImportLauncher() {}

    public static void main(String[] args) throws IOException {
        if (args.length > 1) {
            System.err.println("usage: ma.marsad.ImportLauncher [WARM_DIR]");
            System.exit(2);
        }
        if (args.length == 1) {
            warmUp(Path.of(args[0]).toAbsolutePath());
        }
        List<String> command = new ArrayList<>();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            command.add(line);
        }
        if (command.isEmpty()) {
            System.exit(0);
        }
        Path home = Path.of(System.getenv("NEO4J_HOME"));
        Path conf = Path.of(System.getenv("NEO4J_CONF"));
        System.exit(AdminTool.execute(new ExecutionContext(home, conf), command.toArray(String[]::new)));
    }

    /** A throwaway import of two nodes and a relationship under {@code dir}; a failure only shows on stderr. */
    private static void warmUp(Path dir) throws IOException {
        Path conf = Files.createDirectories(dir.resolve("conf"));
        Files.writeString(conf.resolve("neo4j.conf"), "");
        Files.writeString(dir.resolve("nodes.csv"),
                ":ID,iri:string,:LABEL,sources:string[]\n0,\"a\",\"R\",\"s\"\n1,\"b\",\"R\",\"s\"\n");
        Files.writeString(dir.resolve("rels.csv"),
                ":START_ID,:END_ID,:TYPE,sources:string[]\n0,1,\"T\",\"s\"\n");
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        try (DefaultFileSystemAbstraction fs = new DefaultFileSystemAbstraction()) {
            int code = AdminTool.execute(new ExecutionContext(dir, conf, discard, discard, fs),
                    "database", "import", "full", "--id-type=actual", "--max-off-heap-memory=64m",
                    "--nodes=" + dir.resolve("nodes.csv"), "--relationships=" + dir.resolve("rels.csv"),
                    "--report-file=" + dir.resolve("import.report"), "--overwrite-destination=true", "neo4j");
            if (code != 0) {
                System.err.println("importer warm-up failed (exit " + code + "): the import runs cold");
            }
        } catch (RuntimeException e) {
            System.err.println("importer warm-up failed (" + e + "): the import runs cold");
        }
    }
}
