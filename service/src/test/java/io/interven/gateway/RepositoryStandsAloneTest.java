package io.interven.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The repository needs nothing beside it: no document, POM, configuration or CI script refers to a path outside
 * it, and every file they name inside it exists (a README naming a removed class file or a moved folder fails).
 * {@code .ci/run} proves the rest by running the suite in a fresh clone placed alone in an empty folder.
 */
class RepositoryStandsAloneTest {
    private static final Path ROOT = repositoryRoot();
    private static final Set<String> SKIPPED_FOLDERS = Set.of("target", ".git", "data", "node_modules", ".idea");
    /** {@code ../x}, where a path starts: after a blank, a quote, a bracket, {@code >} or {@code =}. */
    private static final Pattern PARENT_REFERENCE = Pattern.compile(
            "(?:^|[\\s`'\"(>=])((?:\\.\\./)+[A-Za-z0-9_.\\-/]*)");
    /** {@code [text](target)}: a Markdown link. */
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    /** {@code `path`}: inline code that may name a repository file. */
    private static final Pattern INLINE_CODE = Pattern.compile("`([^`\\s]+)`");

    /**
     * A {@code ../} reference stays inside the repository and names something there. It is read from the folder of
     * the file, except in YAML configuration, whose paths are read from where the process runs: the module.
     */
    @Test
    void noDocumentOrBuildFileRefersAboveTheRepository() {
        List<String> outside = new ArrayList<>();
        for (Path file : documentsAndBuildFiles()) {
            Path base = file.getFileName().toString().endsWith(".yml") ? moduleOf(file) : file.getParent();
            Matcher reference = PARENT_REFERENCE.matcher(read(file));
            while (reference.find()) {
                Path target = base.resolve(reference.group(1)).normalize();
                if (!target.startsWith(ROOT) || !Files.exists(target)) {
                    outside.add(ROOT.relativize(file) + ": " + reference.group(1));
                }
            }
        }
        assertThat(outside).as("references outside the repository or to nothing").isEmpty();
    }

    @Test
    void everyRelativeLinkOfADocumentExists() {
        List<String> broken = new ArrayList<>();
        for (Path file : markdownFiles()) {
            Matcher link = LINK.matcher(read(file));
            while (link.find()) {
                String target = link.group(1).replaceAll("#.*$", "");
                if (target.isEmpty() || target.matches("[a-z]+:.*")) {
                    continue;
                }
                if (!Files.exists(file.getParent().resolve(target).normalize())) {
                    broken.add(ROOT.relativize(file) + ": " + link.group(1));
                }
            }
        }
        assertThat(broken).as("links to files that do not exist").isEmpty();
    }

    /**
     * Inline code that names a path of the repository ({@code detectors/pom.xml}, {@code docs/api.md}) names a file
     * or folder that exists; a module path ({@code src/...}) exists in the document's module or in another (a guide
     * may point into the example plugin). Build output ({@code target/}, jars in {@code plugins/}) and templates
     * ({@code *}, {@code <name>}, {@code {id}}) are not checked.
     */
    @Test
    void everyRepositoryPathADocumentNamesExists() {
        List<String> topLevel = topLevelNames();
        List<Path> modules = files().stream().filter(f -> f.getFileName().toString().equals("pom.xml"))
                .map(Path::getParent).toList();
        List<String> missing = new ArrayList<>();
        for (Path file : markdownFiles()) {
            Matcher code = INLINE_CODE.matcher(read(file));
            while (code.find()) {
                String path = code.group(1);
                if (path.contains("target/") || path.endsWith(".jar") || path.matches(".*[*<>{}|$?].*")) {
                    continue;
                }
                boolean exists;
                if (path.startsWith("src/")) {
                    exists = Files.exists(file.getParent().resolve(path))
                            || modules.stream().anyMatch(module -> Files.exists(module.resolve(path)));
                } else if (topLevel.stream().anyMatch(name -> path.equals(name) || path.startsWith(name + "/"))) {
                    exists = Files.exists(ROOT.resolve(path).normalize());
                } else {
                    continue;
                }
                if (!exists) {
                    missing.add(ROOT.relativize(file) + ": " + path);
                }
            }
        }
        assertThat(missing).as("paths named in documents that do not exist").isEmpty();
    }

    @Test
    void theApiReferenceTheContractNotesAndTheCorporaAreInTheRepository() {
        assertThat(ROOT.resolve("docs/api-reference.txt")).isRegularFile();
        assertThat(ROOT.resolve("docs/api.md")).isRegularFile();
        assertThat(ROOT.resolve("corpus/dev.jsonl")).isRegularFile();
        assertThat(ROOT.resolve("corpus/public-rule-examples.jsonl")).isRegularFile();
        assertThat(ROOT.resolve("corpus/presidio-synth-v2.json")).isRegularFile();
    }

    /** The nearest folder at or above the file that holds a POM. */
    private static Path moduleOf(Path file) {
        Path dir = file.getParent();
        while (!dir.equals(ROOT) && !Files.isRegularFile(dir.resolve("pom.xml"))) {
            dir = dir.getParent();
        }
        return dir;
    }

    private static List<String> topLevelNames() {
        try (Stream<Path> children = Files.list(ROOT)) {
            return children.map(child -> child.getFileName().toString())
                    .filter(name -> !SKIPPED_FOLDERS.contains(name)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> markdownFiles() {
        return files().stream().filter(f -> f.getFileName().toString().endsWith(".md")).toList();
    }

    /** READMEs and other documents, POMs, configuration and the CI scripts. */
    private static List<Path> documentsAndBuildFiles() {
        return files().stream().filter(f -> {
            String name = f.getFileName().toString();
            return name.endsWith(".md") || name.endsWith(".xml") || name.endsWith(".yml")
                    || f.getParent().getFileName().toString().equals(".ci");
        }).toList();
    }

    private static List<Path> files() {
        try (Stream<Path> all = Files.walk(ROOT)) {
            return all.filter(Files::isRegularFile).filter(f -> !isSkipped(ROOT.relativize(f))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isSkipped(Path relative) {
        for (Path part : relative) {
            if (SKIPPED_FOLDERS.contains(part.toString())) {
                return true;
            }
        }
        return false;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    /** The folder of the parent POM, found upwards from where the tests run (the service module). */
    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path pom = dir.resolve("pom.xml");
            if (Files.isRegularFile(pom) && read(pom).contains("<artifactId>interven-parent</artifactId>")
                    && Files.isDirectory(dir.resolve("service"))) {
                return dir.normalize();
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
    }
}
