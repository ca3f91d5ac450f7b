package dev.sitegen.model;

import java.util.List;

/**
 * A front-matter field the skill model does not know, kept so that it is shown and never lost.
 *
 * @param key the key, with its parent's key for nested fields ("metadata.aliases")
 * @param value the value as plain Java objects: strings, booleans, lists, maps, null
 */
public record ExtraField(String key, Object value) {

    /** The fields of {@code yaml} that nothing has read, each keyed with {@code prefix} before its key. */
    public static List<ExtraField> unread(String prefix, YamlMapping yaml) {
        return yaml.unread().entrySet().stream().map(e -> new ExtraField(prefix + e.getKey(), e.getValue())).toList();
    }
}
