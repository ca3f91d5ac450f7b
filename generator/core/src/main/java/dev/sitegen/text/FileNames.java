package dev.sitegen.text;

import java.nio.file.Path;

/**
 * Names of files as the site, git and people read them. Folder names made from what content says
 * (skill names, tags, versions, library ids) must be ones a file system creates: at most 255 bytes.
 * A name thousands of characters long is cut short, with room left for what is appended, such as "-2".
 * Paths between files are written with forward slashes on every system, as git and URLs write them.
 */
public final class FileNames {

    static final int MAX_BYTES = 150;

    private FileNames() {
    }

    /** The longest start of {@code name} that is at most {@value #MAX_BYTES} bytes in UTF-8, whole characters only. */
    public static String shortened(String name) {
        int bytes = 0;
        for (int i = 0; i < name.length(); i += Character.charCount(name.codePointAt(i))) {
            int c = name.codePointAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
            if (bytes > MAX_BYTES) {
                return name.substring(0, i);
            }
        }
        return name;
    }

    /** {@code file}'s path from {@code folder}, with forward slashes. */
    public static String relative(Path folder, Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }

    /** {@code file} as a person reads it: from {@code base} when it lies below it ("." when it is {@code base}), else whole. */
    public static String shown(Path base, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path root = base.toAbsolutePath().normalize();
        String shown = absolute.startsWith(root) ? relative(root, absolute) : absolute.toString().replace('\\', '/');
        return shown.isEmpty() ? "." : shown;
    }
}
