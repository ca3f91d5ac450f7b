package dev.sitegen.publish;

import dev.sitegen.site.SitePath;

import java.nio.file.Path;

/** Where the render stage puts the files of the site. Implementations are safe to call from many threads. */
public interface SiteWriter {

    void write(SitePath path, byte[] content);

    default void write(SitePath path, String content) {
        write(path, content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Copies a source file unchanged. */
    void copy(SitePath path, Path source);

    /** Keeps the file the last build published at this path, which this build did not need to make again. */
    void keep(SitePath path);

    /** Discards everything: for runs that only check. */
    SiteWriter DISCARD = new SiteWriter() {
        @Override
        public void write(SitePath path, byte[] content) {
        }

        @Override
        public void copy(SitePath path, Path source) {
        }

        @Override
        public void keep(SitePath path) {
        }
    };
}
