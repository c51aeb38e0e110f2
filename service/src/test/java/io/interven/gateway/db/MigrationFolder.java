package io.interven.gateway.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/** A copy of this build's migration folder in a directory of the test's own, to edit a file or drop one in. */
final class MigrationFolder {
    private final Path dir;

    private MigrationFolder(Path dir) {
        this.dir = dir;
    }

    /** Copies every file of {@code db/migration} (as the build put it on the test classpath) into {@code dir}. */
    static MigrationFolder copyOfReleased(Path dir) {
        try (Stream<Path> files = Files.list(released())) {
            for (Path file : files.toList()) {
                Files.copy(file, dir.resolve(file.getFileName().toString()));
            }
            return new MigrationFolder(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names of the migrations this build ships, in version order (V9 before V10). */
    static List<String> releasedNames() {
        try (Stream<Path> files = Files.list(released())) {
            return files.map(file -> file.getFileName().toString())
                    .sorted(java.util.Comparator.comparingInt(MigrationFolder::versionOf)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The migrations this build ships from {@code version} on, as a migration run reports them ("5 policy input"). */
    static List<String> appliedFrom(int version) {
        return releasedNames().stream().filter(name -> versionOf(name) >= version)
                .sorted(java.util.Comparator.comparingInt(MigrationFolder::versionOf))
                .map(name -> versionOf(name) + " " + name.substring(name.indexOf("__") + 2, name.lastIndexOf(".sql"))
                        .replace('_', ' '))
                .toList();
    }

    /** The highest version this build ships, as the schema status reports it. */
    static String latestVersion() {
        return String.valueOf(releasedNames().stream().mapToInt(MigrationFolder::versionOf).max().orElse(0));
    }

    /** The version a migration added after this build's would take. */
    static int nextVersion() {
        return Integer.parseInt(latestVersion()) + 1;
    }

    static int versionOf(String name) {
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }

    /** The highest version among the released migrations (the numbers may have gaps). */
    static int latestReleasedVersion() {
        return releasedNames().stream().mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
                .max().orElseThrow();
    }

    private static Path released() {
        try {
            return Path.of(MigrationFolder.class.getResource("/db/migration").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    MigrationFolder edit(String file, UnaryOperator<String> change) {
        Path path = dir.resolve(file);
        try {
            Files.writeString(path, change.apply(Files.readString(path, StandardCharsets.UTF_8)),
                    StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    MigrationFolder add(String file, String sql) {
        try {
            Files.writeString(dir.resolve(file), sql, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder as a Flyway location. */
    String location() {
        return "filesystem:" + dir.toAbsolutePath();
    }
}
