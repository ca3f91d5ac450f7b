package dev.sitegen.render;

import dev.sitegen.reuse.Memo;
import dev.sitegen.site.SitePath;

import java.util.List;
import java.util.Map;

/**
 * What the last build in the same process rendered: for each skill, the files its pages went
 * into, which a skill reused whole, on a site around it that renders it the same, keeps instead of
 * being rendered again; and for every other page, what it was rendered from, so that a page whose
 * template sees the same values (a tag page whose skills did not change, say) is kept too.
 */
public final class RenderMemo {

    /** What rendering a skill made: its files, the kinds of those that are pages, and its versions for the feed. */
    record Rendered(List<SitePath> files, Map<SitePath, String> pages, List<HistoryRenderer.FeedEntry> feed) {
    }

    final Memo<Rendered> skills;
    /** Per page: that it was rendered from its inputs; the inputs are what counts. */
    final Memo<Boolean> pages;

    /** @param keeps as {@link Memo#Memo(boolean)} says */
    public RenderMemo(boolean keeps) {
        skills = new Memo<>(keeps);
        pages = new Memo<>(keeps);
    }

    public void commit() {
        skills.commit();
        pages.commit();
    }

    public void discard() {
        skills.discard();
        pages.discard();
    }

    /** Forgets every file: the next build renders every page. */
    public void forget() {
        skills.forget();
        pages.forget();
    }
}
