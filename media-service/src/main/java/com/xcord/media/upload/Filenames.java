package com.xcord.media.upload;

/**
 * The name a file is shown and downloaded under: the last path segment only (browsers send {@code C:\fakepath\x}),
 * no control characters, at most 255 characters; {@code upload} when nothing is left.
 */
final class Filenames {

    private Filenames() {
    }

    static String clean(String original) {
        if (original == null) {
            return "upload";
        }
        String name = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1);
        StringBuilder clean = new StringBuilder();
        name.codePoints().filter(cp -> !Character.isISOControl(cp) && Character.getType(cp) != Character.FORMAT
                && Character.getType(cp) != Character.SURROGATE).limit(255).forEach(clean::appendCodePoint);
        String result = clean.toString().strip();
        return result.isEmpty() || result.equals(".") || result.equals("..") ? "upload" : result;
    }
}
