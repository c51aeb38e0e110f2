package io.interven.plugin.signals.intel;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One configured block-list file and the last list read from it. {@link #refresh()} reads the file again only
 * when its modification time, size or identity changed; a file that cannot be read (gone, unreadable, not UTF-8,
 * too many entries) keeps the last good list and logs one line naming the file, never its content.
 */
final class ListFile {
    private static final Logger LOG = LoggerFactory.getLogger(ListFile.class);

    private final Path path;
    private final String name;
    private volatile BlockList current;
    private Object stamp;

    ListFile(Path path) {
        this.path = path;
        this.name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        this.current = new BlockList(name);
    }

    String name() {
        return name;
    }

    BlockList current() {
        return current;
    }

    /** Reads the file once, for start-up: true when it could be read. */
    boolean load() {
        try {
            Object seen = stampOf();
            current = read();
            stamp = seen;
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.warn("threat-intel list {} could not be read ({}); it holds no entries until it can be",
                    path, e.getClass().getSimpleName());
            return false;
        }
    }

    /** Reads the file again when it changed since it was last read; called off the scan path. */
    void refresh() {
        Object seen;
        try {
            seen = stampOf();
        } catch (IOException | RuntimeException e) {
            if (stamp != null) {
                LOG.warn("threat-intel list {} is gone or unreadable ({}); keeping the last good list of {} entries",
                        path, e.getClass().getSimpleName(), current.size());
                stamp = null;
            }
            return;
        }
        if (Objects.equals(seen, stamp)) {
            return;
        }
        try {
            current = read();
            LOG.info("threat-intel list {} reloaded: {} entries", path, current.size());
        } catch (IOException | RuntimeException e) {
            LOG.warn("threat-intel list {} could not be read ({}); keeping the last good list of {} entries",
                    path, e.getClass().getSimpleName(), current.size());
        }
        stamp = seen;
    }

    private Object stampOf() throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
        return List.of(attributes.lastModifiedTime(), attributes.size(),
                Objects.requireNonNullElse(attributes.fileKey(), ""));
    }

    private BlockList read() throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(path),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)))) {
            BlockListParser.Parsed parsed = BlockListParser.parse(name, reader);
            if (parsed.skippedLines() > 0) {
                LOG.warn("threat-intel list {}: {} malformed or oversized lines skipped (the first is line {})",
                        path, parsed.skippedLines(), parsed.firstSkippedLine());
            }
            return parsed.list();
        }
    }
}
