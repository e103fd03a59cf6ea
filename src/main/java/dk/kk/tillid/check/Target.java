package dk.kk.tillid.check;

/** Where a reference points once resolved against its base. */
sealed interface Target {

    /** A file or directory below the web root; {@code fragment} is raw (still percent-encoded), null when absent. */
    record Local(DecodedPath path, String fragment) implements Target {
    }

    /** An absolute http(s) URL, checked online only with {@code --external}. */
    record External(String url) implements Target {
    }

    /** Any other scheme: mailto, tel, file, javascript, ftp … {@code scheme} is lower case. */
    record OtherScheme(String scheme, String url) implements Target {
    }

    /** {@code ..} climbed above the web root: a browser would clamp it, but the site breaks once moved into a folder. */
    record AboveRoot() implements Target {
    }

    /** A percent-encoded name that is not UTF-8, so no file on a UTF-8 server can have it. */
    record BadEncoding(String segment) implements Target {
    }
}
