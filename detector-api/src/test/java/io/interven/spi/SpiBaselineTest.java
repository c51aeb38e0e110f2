package io.interven.spi;

import static org.assertj.core.api.Assertions.assertThat;

import japicmp.cmp.JApiCmpArchive;
import japicmp.cmp.JarArchiveComparator;
import japicmp.cmp.JarArchiveComparatorOptions;
import japicmp.filter.JavadocLikePackageFilter;
import japicmp.model.JApiClass;
import japicmp.model.JApiCompatibility;
import japicmp.model.JApiCompatibilityChange;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build compares this SPI with the frozen baseline jar (japicmp-maven-plugin, {@code mvn verify} in
 * detector-api) and fails on a binary- or source-incompatible change. Here the same library, with the build's
 * options, shows what the check sees: today's SPI is compatible with the baseline, and deliberately broken copies
 * (a constructor a compiled plugin calls removed, a method added to an interface a plugin may implement) are not.
 */
class SpiBaselineTest {
    static final Path BASELINE = Path.of(System.getProperty("interven.spi.baseline.jar", "missing.jar"));
    static final Path SOURCES = Path.of("src", "main", "java", "io", "interven", "spi");

    @TempDir
    Path work;

    @Test
    void theBaselineIsTheFrozenSpiOfTheCurrentMajorVersion() {
        assertThat(BASELINE).as("set by the detector-api POM").isRegularFile();
        String baselineVersion = BASELINE.getFileName().toString().replaceAll("^detector-api-spi-(.*)\\.jar$", "$1");
        assertThat(major(baselineVersion)).isEqualTo(major(SpiVersion.CURRENT));
        assertThat(compareVersions(baselineVersion, SpiVersion.CURRENT)).isLessThanOrEqualTo(0);
    }

    @Test
    void theBaselineHoldsNoReasonCodeOnlyTheGatewayEmits() throws Exception {
        try (URLClassLoader baseline = new URLClassLoader(new URL[] {BASELINE.toUri().toURL()}, null)) {
            Class<?> codes = baseline.loadClass(ReasonCodes.class.getName());

            assertThat(Arrays.stream(codes.getFields()).map(Field::getName)).contains("SECRETS")
                    .doesNotContain("APPROVED", "MONITOR_ONLY", "PIPELINE_FAILURE");
        }
    }

    @Test
    void todaysSpiIsCompatibleWithTheBaseline() {
        Path current = jarOf(classesDir(), UnaryOperator.identity());

        assertThat(incompatibilities(current)).isEmpty();
    }

    @Test
    void removingAConstructorThatCompiledPluginsCallIsCaught() {
        Path broken = brokenCopy("SignalContext", source -> {
            int from = source.indexOf("    /** The context of SPI 1.0");
            int to = source.indexOf("    /** The same context about");
            assertThat(from).isPositive();
            return source.substring(0, from) + source.substring(to);
        });

        assertThat(incompatibilities(broken)).anyMatch(change -> change.startsWith("SignalContext")
                && change.contains("CONSTRUCTOR_REMOVED") && change.contains("binary"));
    }

    @Test
    void addingAnAbstractMethodToAnInterfacePluginsImplementIsCaught() {
        Path broken = brokenCopy("AgentHistory", source -> source.replace("    static AgentHistory none() {",
                "    long countHosts(java.time.Duration window);\n\n    static AgentHistory none() {"));

        assertThat(incompatibilities(broken)).anyMatch(change -> change.startsWith("AgentHistory")
                && change.contains("METHOD_ADDED_TO_INTERFACE") && change.contains("source"));
    }

    /** Every incompatible change against the baseline, as {@code Class: TYPE (binary|source)}. */
    private static List<String> incompatibilities(Path candidate) {
        JarArchiveComparatorOptions options = new JarArchiveComparatorOptions();
        options.getFilters().getIncludes().add(new JavadocLikePackageFilter("io.interven.spi", false));
        options.getClassPathEntries().add(locationOf(org.pf4j.ExtensionPoint.class).toString());
        List<JApiClass> classes = new JarArchiveComparator(options).compare(
                new JApiCmpArchive(BASELINE.toFile(), "baseline"), new JApiCmpArchive(candidate.toFile(), "candidate"));
        List<String> found = new ArrayList<>();
        for (JApiClass type : classes) {
            String name = type.getFullyQualifiedName().substring("io.interven.spi.".length());
            List<JApiCompatibility> parts = new ArrayList<>();
            parts.add(type);
            parts.addAll(type.getConstructors());
            parts.addAll(type.getMethods());
            parts.addAll(type.getFields());
            for (JApiCompatibility part : parts) {
                for (JApiCompatibilityChange change : part.getCompatibilityChanges()) {
                    if (!change.isBinaryCompatible() || !change.isSourceCompatible()) {
                        found.add(name + ": " + change.getType() + " ("
                                + (change.isBinaryCompatible() ? "source" : "binary") + ")");
                    }
                }
            }
        }
        return found;
    }

    /** A jar of today's SPI with {@code className} recompiled from its source as {@code edit} changes it. */
    private Path brokenCopy(String className, UnaryOperator<String> edit) {
        try {
            Path sources = Files.createDirectories(work.resolve("src"));
            Path source = sources.resolve(className + ".java");
            Files.writeString(source, edit.apply(Files.readString(SOURCES.resolve(className + ".java"))));
            Path classes = Files.createDirectories(work.resolve("classes"));
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            int status = javac.run(null, null, null, "-d", classes.toString(), "-classpath",
                    System.getProperty("java.class.path"), "-proc:none", "--release", "17", source.toString());
            assertThat(status).as("the broken copy compiles").isZero();
            Path recompiled = classes.resolve("io/interven/spi/" + className + ".class");
            return jarOf(classesDir(), entry -> entry.equals("io/interven/spi/" + className + ".class")
                    ? recompiled.toString() : entry);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A jar of the class files under {@code dir}; {@code replace} may map an entry to another file's path. */
    private Path jarOf(Path dir, UnaryOperator<String> replace) {
        Path jar = work.resolve("spi-" + System.nanoTime() + ".jar");
        try (Stream<Path> files = Files.walk(dir);
             OutputStream out = Files.newOutputStream(jar);
             JarOutputStream zip = new JarOutputStream(out)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String entry = dir.relativize(file).toString().replace(File.separatorChar, '/');
                String replaced = replace.apply(entry);
                zip.putNextEntry(new JarEntry(entry));
                zip.write(Files.readAllBytes(replaced.equals(entry) ? file : Path.of(replaced)));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return jar;
    }

    private static Path classesDir() {
        return locationOf(SignalContext.class);
    }

    private static Path locationOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int major(String version) {
        return Integer.parseInt(version.split("\\.")[0]);
    }

    private static int compareVersions(String a, String b) {
        int[] left = Arrays.stream(a.split("\\.")).mapToInt(Integer::parseInt).toArray();
        int[] right = Arrays.stream(b.split("\\.")).mapToInt(Integer::parseInt).toArray();
        return Arrays.compare(left, right);
    }
}
