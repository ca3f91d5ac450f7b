package dev.sitegen.model;

import java.net.URI;

/**
 * The site's own settings, from {@code site.yaml} at the top of the content folder.
 *
 * @param title what the site is called; null until a build names it by the theme's word for skills
 *     in the site's language, when neither site.yaml nor the collection's README gives one
 * @param baseUrl the absolute URL the site is published at, ending in {@code /}, such as
 *     {@code https://owner.github.io/repo/}; null when not known, and then canonical URLs,
 *     the sitemap and feeds leave out the host
 * @param repositoryUrl the repository holding the content, for "edit this page" links; may be null
 * @param editBranch the branch edit links open
 * @param contentPath the content folder's path inside the repository, for edit links
 * @param language the language the skills are written in, as a BCP 47 tag such as {@code en} or
 *     {@code ja}: browsers choose fonts by it (Japanese or Chinese forms of the same characters) and
 *     screen readers their voice
 */
public record SiteConfig(String title, String description, String baseUrl, String repositoryUrl,
                         String editBranch, String contentPath, String language) {

    public static final SiteConfig DEFAULT = new SiteConfig(null, "", null, null, "main", "content", "en");

    /** The path part of the base URL, "/" or "/repo/": what the 404 page builds its links from. */
    public String basePath() {
        if (baseUrl == null) {
            return "/";
        }
        String path = URI.create(baseUrl).getRawPath();
        return path == null || path.isEmpty() ? "/" : path.endsWith("/") ? path : path + "/";
    }

    /**
     * The URL of a page for outputs that standards want absolute (sitemap, feed, canonical links):
     * absolute from the base URL, or relative to the site root when the base URL is not known.
     *
     * @param urlPath a path from the site root, percent-encoded, as {@code SitePath.urlPath()} gives it
     */
    public String url(String urlPath) {
        return baseUrl == null ? urlPath : baseUrl + urlPath;
    }

    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(title, description, url, repositoryUrl, editBranch, contentPath, language);
    }

    public SiteConfig withRepositoryUrl(String url) {
        return new SiteConfig(title, description, baseUrl, url, editBranch, contentPath, language);
    }

    /** These settings with a title and description where they are not null, as a collection's README gives them. */
    public SiteConfig introducedAs(String newTitle, String newDescription) {
        return new SiteConfig(newTitle == null ? title : newTitle, newDescription == null ? description : newDescription, baseUrl,
                repositoryUrl, editBranch, contentPath, language);
    }

    public SiteConfig withEdits(String branch, String path) {
        return new SiteConfig(title, description, baseUrl, repositoryUrl, branch, path, language);
    }
}
