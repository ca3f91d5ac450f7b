package dev.sitegen.library;

import dev.sitegen.content.SourceFile;
import dev.sitegen.model.SiteConfigReader;
import dev.sitegen.model.YamlMapping;
import dev.sitegen.problem.Problems;
import dev.sitegen.problem.SourceLocation;
import dev.sitegen.text.EditDistance;
import dev.sitegen.text.TextDecoder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Context7 libraries the site's authors describe in {@code libraries.yaml}, so that ids resolve
 * with no network at build time:
 *
 * <pre>
 * /tiangolo/fastapi:
 *   title: FastAPI
 *   description: Modern async web framework for building APIs.
 *   github: https://github.com/fastapi/fastapi
 *   docs: https://fastapi.tiangolo.com/
 *   aliases: [/fastapi/fastapi]
 * </pre>
 */
public final class LibraryRegistry {

    public static final LibraryRegistry EMPTY = new LibraryRegistry(Map.of());

    private final Map<String, LibraryEntry> byKey;

    private LibraryRegistry(Map<String, LibraryEntry> byKey) {
        this.byKey = byKey;
    }

    public static LibraryRegistry read(Optional<SourceFile> file, Problems problems) {
        if (file.isEmpty()) {
            return EMPTY;
        }
        Optional<YamlMapping> yaml = TextDecoder.read(file.get(), problems)
                .flatMap(text -> YamlMapping.parse(text.text(), file.get().path(), 1, problems));
        if (yaml.isEmpty()) {
            return EMPTY;
        }
        Map<String, LibraryEntry> byKey = new HashMap<>();
        for (String key : new ArrayList<>(yaml.get().keys())) {
            Optional<LibraryId> id = LibraryId.parse(key);
            if (id.isEmpty()) {
                problems.error("library-entry", yaml.get().locationOf(key), "\"" + key + "\" is not a Context7 id.",
                        "Write each library as \"/owner/project:\" followed by indented title:, description:, github:, docs:, aliases:.");
                continue;
            }
            Optional<YamlMapping> fields = yaml.get().mapping(key, problems);
            if (fields.isEmpty()) {
                continue;
            }
            YamlMapping f = fields.get();
            List<LibraryId> aliases = new ArrayList<>();
            for (String alias : f.list("aliases", s -> List.of(s.split(",")), problems).orElse(List.of())) {
                LibraryId.parse(alias).ifPresentOrElse(aliases::add, () -> problems.warning("library-alias", f.locationOf("aliases"),
                        "The alias \"" + alias + "\" is not a Context7 id; it is ignored.", "Write aliases as /owner/project."));
            }
            LibraryEntry entry = new LibraryEntry(id.get().base(), f.text("title", problems).orElse(null),
                    f.text("description", problems).map(String::strip).orElse(null), webUrl(f, "github", problems),
                    webUrl(f, "docs", problems), aliases);
            byKey.put(entry.id().key(), entry);
            aliases.forEach(alias -> byKey.putIfAbsent(alias.key(), entry));
        }
        return new LibraryRegistry(byKey);
    }

    /** A link of the library's page: only an http(s) URL, since any other scheme, such as javascript:, would run there. */
    private static String webUrl(YamlMapping fields, String key, Problems problems) {
        return fields.text(key, problems).map(String::strip).filter(url -> {
            boolean web = SiteConfigReader.isWebAddress(url);
            if (!web) {
                problems.warning("library-url", fields.locationOf(key), "\"" + key + "\" is not an http(s) URL, so it is not linked: " + url,
                        "Write the full address, starting with https://.");
            }
            return web;
        }).orElse(null);
    }

    /** The entry for an id, by its own id or an alias, ignoring its version. */
    public Optional<LibraryEntry> find(LibraryId id) {
        return Optional.ofNullable(byKey.get(id.key()));
    }

    /** The id the registry files a library under, or the id without version when it does not know it. */
    public LibraryId canonical(LibraryId id) {
        return find(id).map(LibraryEntry::id).orElse(id.base());
    }

    /** Warns that an id is missing from the registry, if it is: its page will show only what is known. */
    public void reportIfUnknown(LibraryId id, SourceLocation at, Problems problems) {
        if (find(id).isEmpty()) {
            problems.warning("unknown-library", at, "The Context7 library " + id + " is not in libraries.yaml, so its page shows "
                            + "only its Context7 links.", closest(id)
                            .map(known -> "Did you mean " + known + "? Correct the id, or add " + id.base() + " to libraries.yaml.")
                            .orElse("Add " + id.base() + " to libraries.yaml with its title and description, or correct the id."));
        }
    }

    /** The library, by an id or alias in the registry a slip of a letter or two from this one, as /vercel/next.js from /vercel/nextjs. */
    private Optional<LibraryId> closest(LibraryId id) {
        return EditDistance.closest(id.key(), byKey.keySet(), 2).map(key -> byKey.get(key).id());
    }
}
