package dev.sitegen.model;

/**
 * A front-matter field the skill model does not know, kept so that it is shown and never lost.
 *
 * @param key the key, with its parent's key for nested fields ("metadata.aliases")
 * @param value the value as plain Java objects: strings, booleans, lists, maps, null
 */
public record ExtraField(String key, Object value) {
}
