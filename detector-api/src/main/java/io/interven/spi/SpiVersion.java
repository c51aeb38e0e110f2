package io.interven.spi;

/**
 * The version of this plugin contract (the {@code io.interven.spi} package), as SemVer. It is not the version of the
 * detector-api artifact: the minor version grows when the SPI gains types, methods or record components, the major
 * version only when something is removed or changed, which a build check of detector-api refuses within a major
 * version.
 *
 * <p>The gateway runs plugins as PF4J's system version {@link #CURRENT}. A plugin states the SPI it needs in its
 * manifest, {@code Plugin-Requires: ^1.0.0} (any 1.x from 1.0.0 on); the gateway refuses at start a plugin whose
 * requirement its SPI does not meet.
 */
public final class SpiVersion {
    /** The SPI version of this build. A plugin reading it sees the version it was compiled against. */
    public static final String CURRENT = "1.3.0";

    private SpiVersion() {
    }
}
