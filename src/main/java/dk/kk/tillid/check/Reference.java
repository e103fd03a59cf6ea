package dk.kk.tillid.check;

/**
 * One URL written in a page or stylesheet, not yet resolved.
 *
 * @param value     the URL as the DOM or the CSS tokenizer gives it
 * @param line      1-based line in the file it was found in
 * @param attribute where it was written: an attribute name, {@code url()} or {@code @import}
 */
record Reference(String value, int line, String attribute, Usage usage) {

    /** What the target must be besides existing. */
    enum Usage {
        /** Any page, image, script … */
        PLAIN,
        /** A stylesheet, whose own references get checked in turn. */
        STYLESHEET,
        /** A {@code <base href>}: only its directory has to exist. */
        BASE,
        /** An {@code img usemap}: a {@code #name} of a {@code <map>} on the same page, not a URL. */
        MAP,
        /**
         * A file a later stage of the build writes beside the page: the PDF a hidden placeholder names
         * ({@code data-pdf}), which the pdf stage lays out and then links. Counted and checked as a URL, as the
         * link it becomes is, so a page shows the same links whether it was just rendered or kept filled in.
         */
        PROMISED
    }

    /** How the editor would recognise it in the file: {@code href="x.html"}, {@code url(x.png)}. */
    String describe() {
        return switch (attribute) {
            case "url()" -> "url(" + value + ")";
            case "@import" -> "@import \"" + value + "\"";
            default -> attribute + "=\"" + value + "\"";
        };
    }
}
