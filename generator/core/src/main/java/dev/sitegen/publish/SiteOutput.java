package dev.sitegen.publish;

/** Where a build publishes its site: written through {@link #writer()}, made the site by {@link #commit()}. */
public interface SiteOutput extends AutoCloseable {

    SiteWriter writer();

    /** Makes what was written the published site. */
    void commit();

    /** Drops what was written and not committed. */
    @Override
    void close();
}
