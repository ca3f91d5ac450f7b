package dev.sitegen.model;

import dev.sitegen.content.SourceFile;
import dev.sitegen.problem.Problems;
import dev.sitegen.problem.SourceLocation;
import dev.sitegen.text.TextDecoder;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Optional;

/** Reads {@code site.yaml}; a missing file or field falls back to {@link SiteConfig#DEFAULT}. */
public final class SiteConfigReader {

    private SiteConfigReader() {
    }

    /** @param defaults what the settings are where site.yaml says nothing */
    public static SiteConfig read(Optional<SourceFile> file, SiteConfig defaults, Problems problems) {
        if (file.isEmpty()) {
            return defaults;
        }
        Optional<YamlMapping> yaml = TextDecoder.read(file.get(), problems)
                .flatMap(text -> YamlMapping.parse(text.text(), file.get().path(), 1, problems));
        if (yaml.isEmpty()) {
            return defaults;
        }
        YamlMapping y = yaml.get();
        SiteConfig d = defaults;
        SiteConfig config = new SiteConfig(
                y.text("title", problems).orElse(d.title()),
                y.text("description", problems).map(String::strip).orElse(d.description()),
                y.text("baseUrl", problems).map(url -> baseUrl(url, y.locationOf("baseUrl"), problems)).orElse(null),
                y.text("repository", problems).map(url -> repositoryUrl(url, y.locationOf("repository"), problems)).orElse(null),
                y.text("editBranch", problems).orElse(d.editBranch()),
                y.text("contentPath", problems).map(SiteConfigReader::withoutTrailingSlash).orElse(d.contentPath()),
                y.text("language", problems).map(String::strip).filter(tag -> languageTag(tag, y.locationOf("language"), problems))
                        .orElse(d.language()));
        for (Map.Entry<String, Object> unknown : y.unread().entrySet()) {
            problems.warning("site-config-key", y.locationOf(unknown.getKey()),
                    "site.yaml has a key \"" + unknown.getKey() + "\" that site-gen does not know; it is ignored.",
                    "Use title, description, baseUrl, repository, editBranch, contentPath or language.");
        }
        return config;
    }

    /** Whether {@code tag} has the shape of a BCP 47 language tag (reported if not): it goes into every page's lang attribute. */
    private static boolean languageTag(String tag, SourceLocation where, Problems problems) {
        if (tag.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")) {
            return true;
        }
        problems.warning("site-language", where, "The language \"" + tag + "\" is not a language tag; the pages say \"en\".",
                "Write a tag such as en, ja, zh-Hans or pt-BR.");
        return false;
    }

    /** An absolute http(s) URL ending in "/", or null (reported) if {@code url} is not one. */
    public static String baseUrl(String url, SourceLocation where, Problems problems) {
        try {
            URI uri = new URI(url.strip());
            if (uri.isAbsolute() && (uri.getScheme().equals("http") || uri.getScheme().equals("https")) && uri.getHost() != null) {
                String text = uri.toString();
                return text.endsWith("/") ? text : text + "/";
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        problems.error("base-url", where, "The base URL \"" + url + "\" is not an absolute http(s) URL.",
                "Write it in full, such as https://owner.github.io/repo/.");
        return null;
    }

    /**
     * The repository's web address, without a trailing "/" or ".git", or null (reported) if it is not
     * an http(s) URL: edit and commit links on every page start with it, so any other scheme, such as
     * javascript:, would run there. A clone address, {@code git@github.com:owner/repo.git}, is read
     * as the web address it stands for.
     */
    public static String repositoryUrl(String url, SourceLocation where, Problems problems) {
        String address = url.strip().replaceFirst("^git@([\\w.-]+):(?=[\\w.-]+/)", "https://$1/");
        if (isWebAddress(address)) {
            return withoutTrailingSlash(address).replaceFirst("\\.git$", "");
        }
        problems.error("repository-url", where, "The repository \"" + url + "\" is not an http(s) URL.",
                "Write it in full, such as https://github.com/owner/repo.");
        return null;
    }

    /**
     * Whether {@code url} is a full http(s) address: the only kind site-gen links from what
     * configuration says, since any other scheme, such as javascript:, would run in the page.
     */
    public static boolean isWebAddress(String url) {
        return url.strip().matches("(?i)https?://\\S+");
    }

    private static String withoutTrailingSlash(String text) {
        String s = text.strip();
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
