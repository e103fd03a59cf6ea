package dk.kk.tillid.serve;

import java.util.Locale;
import java.util.Map;

import static java.util.Map.entry;

/** Content types by file extension; text types name UTF-8, the only encoding the bake writes. */
final class ContentTypes {
    static final String HTML = "text/html; charset=utf-8";
    private static final String UNKNOWN = "application/octet-stream";
    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            entry("html", HTML),
            entry("htm", HTML),
            entry("css", "text/css; charset=utf-8"),
            entry("js", "text/javascript; charset=utf-8"),
            entry("mjs", "text/javascript; charset=utf-8"),
            entry("json", "application/json; charset=utf-8"),
            entry("xml", "application/xml; charset=utf-8"),
            entry("txt", "text/plain; charset=utf-8"),
            entry("csv", "text/csv; charset=utf-8"),
            entry("svg", "image/svg+xml; charset=utf-8"),
            entry("png", "image/png"),
            entry("jpg", "image/jpeg"),
            entry("jpeg", "image/jpeg"),
            entry("gif", "image/gif"),
            entry("webp", "image/webp"),
            entry("avif", "image/avif"),
            entry("ico", "image/x-icon"),
            entry("woff", "font/woff"),
            entry("woff2", "font/woff2"),
            entry("pdf", "application/pdf"),
            entry("zip", "application/zip"),
            entry("doc", "application/msword"),
            entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            entry("xls", "application/vnd.ms-excel"),
            entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            entry("ppt", "application/vnd.ms-powerpoint"),
            entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"));

    private ContentTypes() {
    }

    static String of(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? UNKNOWN : BY_EXTENSION.getOrDefault(fileName.substring(dot + 1).toLowerCase(Locale.ROOT), UNKNOWN);
    }

    static boolean isHtml(String contentType) {
        return contentType.equals(HTML);
    }
}
