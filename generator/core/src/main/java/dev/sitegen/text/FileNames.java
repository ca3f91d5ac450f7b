package dev.sitegen.text;

/**
 * Folder names made from what content says (skill names, tags, versions, library ids) must be ones a
 * file system creates: at most 255 bytes. A name thousands of characters long is cut short, with
 * room left for what is appended, such as "-2".
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
}
