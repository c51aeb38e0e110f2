package io.interven.gateway.plugin;

import io.interven.spi.Detector;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.pf4j.Extension;
import org.pf4j.processor.ExtensionAnnotationProcessor;
import org.slf4j.Logger;

/**
 * Builds real PF4J plugin jars at test time: compiles Java sources against the SPI with the PF4J annotation
 * processor (which writes {@code META-INF/extensions.idx}) and packs them with a plugin manifest. Options make the
 * broken jars an operator might drop into {@code plugins/}.
 */
final class PluginJarBuilder {
    static final String EXTENSIONS_INDEX = "META-INF/extensions.idx";

    private final String pluginId;
    private String version = "1.0.0";
    private String provider = "Test Provider";
    private String requires;
    private boolean writePluginId = true;
    private boolean writeExtensionIndex = true;
    private List<String> explicitIndex;
    private final Map<String, String> sources = new LinkedHashMap<>();
    private final List<Class<?>> bundled = new ArrayList<>();

    private PluginJarBuilder(String pluginId) {
        this.pluginId = pluginId;
    }

    static PluginJarBuilder plugin(String pluginId) {
        return new PluginJarBuilder(pluginId);
    }

    /** A file named {@code jarName} that is not a zip at all. */
    static Path garbage(Path dir, String jarName) {
        try {
            return Files.write(dir.resolve(jarName), "this is not a jar, just text".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PluginJarBuilder version(String value) {
        this.version = value;
        return this;
    }

    PluginJarBuilder provider(String value) {
        this.provider = value;
        return this;
    }

    /** Writes {@code Plugin-Requires: expression} (the SPI version the plugin needs) into the manifest. */
    PluginJarBuilder requires(String expression) {
        this.requires = expression;
        return this;
    }

    /** A Java source file of the plugin; {@code className} is fully qualified. */
    PluginJarBuilder source(String className, String javaSource) {
        sources.put(className, javaSource);
        return this;
    }

    /** Copies the compiled class of {@code type} from the test class path into the jar, e.g. to bundle the SPI. */
    PluginJarBuilder bundleClassOf(Class<?> type) {
        bundled.add(type);
        return this;
    }

    /** Bundles the SPI's {@link Detector} class, as a plugin built with detector-api at compile scope would. */
    PluginJarBuilder bundlingTheSpi() {
        return bundleClassOf(Detector.class);
    }

    PluginJarBuilder withoutPluginId() {
        this.writePluginId = false;
        return this;
    }

    /** Leaves {@code META-INF/extensions.idx} out of the jar. */
    PluginJarBuilder withoutExtensionIndex() {
        this.writeExtensionIndex = false;
        return this;
    }

    /** Writes this index instead of the one the annotation processor generated (may name missing classes). */
    PluginJarBuilder extensionIndex(String... classNames) {
        this.explicitIndex = List.of(classNames);
        return this;
    }

    Path writeTo(Path dir) {
        return writeTo(dir, pluginId + ".jar");
    }

    Path writeTo(Path dir, String jarName) {
        try {
            Path classes = Files.createTempDirectory("plugin-classes-" + pluginId);
            compileInto(classes);
            for (Class<?> type : bundled) {
                copyClassFile(type, classes);
            }
            Path index = classes.resolve(EXTENSIONS_INDEX);
            if (explicitIndex != null) {
                Files.createDirectories(index.getParent());
                Files.writeString(index, "# written by the test\n" + String.join("\n", explicitIndex) + "\n");
            }
            if (!writeExtensionIndex) {
                Files.deleteIfExists(index);
            }
            Path jar = dir.resolve(jarName);
            pack(classes, jar);
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void compileInto(Path classes) {
        if (sources.isEmpty()) {
            return;
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<JavaFileObject> units = sources.entrySet().stream()
                .map(e -> (JavaFileObject) new SourceText(e.getKey(), e.getValue())).toList();
        List<String> options = List.of("-d", classes.toString(), "-classpath", spiClassPath(), "--release", "17");
        JavaCompiler.CompilationTask task = compiler.getTask(null, null, diagnostics, options, null, units);
        task.setProcessors(List.of(new ExtensionAnnotationProcessor()));
        if (!task.call()) {
            throw new IllegalStateException("plugin " + pluginId + " does not compile: "
                    + diagnostics.getDiagnostics());
        }
    }

    /** What a plugin compiles against: the SPI, PF4J and SLF4J (all provided by the gateway at run time). */
    private static String spiClassPath() {
        return Stream.of(Detector.class, Extension.class, Logger.class)
                .map(PluginJarBuilder::locationOf)
                .map(Path::toString)
                .distinct()
                .collect(Collectors.joining(java.io.File.pathSeparator));
    }

    private static Path locationOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copyClassFile(Class<?> type, Path classes) throws IOException {
        String entry = type.getName().replace('.', '/') + ".class";
        try (InputStream in = type.getClassLoader().getResourceAsStream(entry)) {
            if (in == null) {
                throw new IllegalStateException(entry + " is not on the test class path");
            }
            Path target = classes.resolve(entry);
            Files.createDirectories(target.getParent());
            Files.write(target, in.readAllBytes());
        }
    }

    private void pack(Path classes, Path jar) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (writePluginId) {
            main.putValue("Plugin-Id", pluginId);
        }
        main.putValue("Plugin-Version", version);
        main.putValue("Plugin-Provider", provider);
        main.putValue("Plugin-Description", "built by PluginJarBuilder for a test");
        if (requires != null) {
            main.putValue("Plugin-Requires", requires);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(classes)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out, manifest)) {
            for (Path file : files) {
                zip.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                zip.write(Files.readAllBytes(file));
                zip.closeEntry();
            }
        }
    }

    /** A source file held in memory. */
    private static final class SourceText extends SimpleJavaFileObject {
        private final String text;

        SourceText(String className, String text) {
            super(URI.create("string:///" + className.replace('.', '/') + Kind.SOURCE.extension), Kind.SOURCE);
            this.text = text;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }
}
