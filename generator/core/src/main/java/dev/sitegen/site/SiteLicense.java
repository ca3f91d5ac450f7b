package dev.sitegen.site;

import dev.sitegen.content.SourceFile;
import dev.sitegen.problem.Problems;
import dev.sitegen.text.TextDecoder;

import java.util.Locale;
import java.util.Optional;

/**
 * The collection's license, from its file at the top of the content folder: published as
 * {@code LICENSE.txt}, which browsers show as text whatever the source's name, linked from every
 * page's footer, and named on the page of each skill that does not name its own.
 *
 * @param title what the license calls itself on its first line ("MIT License"); "License" when
 *     that line is not a license's name, such as a copyright line
 * @param text the license, decoded
 */
public record SiteLicense(String title, String text) {

    public static final SitePath PATH = SitePath.of("LICENSE.txt");

    public static Optional<SiteLicense> read(Optional<SourceFile> file, Problems problems) {
        return file.flatMap(f -> TextDecoder.read(f, problems)).map(source -> new SiteLicense(title(source.text()), source.text()));
    }

    static String title(String text) {
        String first = text.lines().map(line -> line.replaceFirst("^#+", "").strip()).filter(line -> !line.isEmpty())
                .findFirst().orElse("");
        return first.length() <= 60 && first.toLowerCase(Locale.ROOT).matches(".*\\blicen[cs]e\\b.*") ? first : "License";
    }
}
