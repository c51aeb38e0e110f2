package io.interven.plugin.signals.intel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The block lists a signal checks: the default list shipped with the plugin (when enabled) and the configured
 * files, each file's last good list kept while it is being reloaded or when it breaks.
 */
final class ConfiguredLists {
    private final BlockList defaultList;
    private final List<ListFile> files;

    ConfiguredLists(BlockList defaultList, List<Path> paths) {
        this.defaultList = defaultList;
        List<ListFile> read = new ArrayList<>();
        for (Path path : paths) {
            ListFile file = new ListFile(path);
            file.load();
            read.add(file);
        }
        this.files = List.copyOf(read);
    }

    boolean hasFiles() {
        return !files.isEmpty();
    }

    /** Reads again every file that changed; on the refresher's thread (or a test's). */
    void refresh() {
        for (ListFile file : files) {
            file.refresh();
        }
    }

    /** The first listing of the destination: the default list first, then the files in their configured order. */
    Optional<Listing> find(String host, String path) {
        Optional<Destination> read = Destination.of(host, path);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        Destination destination = read.get();
        if (defaultList != null) {
            Optional<Listing> listed = defaultList.find(destination);
            if (listed.isPresent()) {
                return listed;
            }
        }
        for (ListFile file : files) {
            Optional<Listing> listed = file.current().find(destination);
            if (listed.isPresent()) {
                return listed;
            }
        }
        return Optional.empty();
    }
}
