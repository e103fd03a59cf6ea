package dk.kk.tillid.source;

import dk.kk.tillid.check.Finding;
import dk.kk.tillid.check.PercentDecoding;
import dk.kk.tillid.check.UrlResolver;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What to look for in the AsciiDoc source to find where the editor wrote a finding's value, most specific
 * first. The baked HTML is not what the editor typed: {@code <<bilag-1.adoc#foo>>} becomes
 * {@code ../bilag/bilag-1.html#foo}, so the tokens undo that.
 */
final class SearchTokens {

    /** Shorter tokens would match lines by chance. */
    private static final int MIN_LENGTH = 2;

    private SearchTokens() {
    }

    static List<String> of(Finding finding) {
        Set<String> tokens = new LinkedHashSet<>();
        if (finding.kind().equals("duplicate-id")) {
            String id = finding.value();
            tokens.addAll(List.of("[[" + id, "[#" + id, "anchor:" + id + "[", "id=\"" + id + "\""));
        } else {
            addUrlTokens(finding.value(), tokens);
        }
        tokens.removeIf(token -> token.strip().length() < MIN_LENGTH);
        return new ArrayList<>(tokens);
    }

    private static void addUrlTokens(String url, Set<String> tokens) {
        tokens.add(url);
        tokens.add(decoded(url));
        // Parts of an absolute URL, such as its last path segment, are too often ordinary words.
        if (UrlResolver.scheme(url).isPresent() || url.startsWith("//")) {
            return;
        }
        int hash = url.indexOf('#');
        String fragment = hash < 0 ? "" : decoded(url.substring(hash + 1));
        String path = hash < 0 ? url : url.substring(0, hash);
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        String name = decoded(path.substring(path.lastIndexOf('/') + 1));
        if (name.endsWith(".html")) {
            String adoc = name.substring(0, name.length() - ".html".length()) + ".adoc";
            if (!fragment.isEmpty()) {
                tokens.add(adoc + "#" + fragment);
            }
            tokens.add(adoc);
        }
        tokens.add(name);
        if (!fragment.isEmpty()) {
            tokens.add("<<" + fragment);
            tokens.add("xref:" + fragment + "[");
            tokens.add("#" + fragment);
        }
    }

    private static String decoded(String text) {
        return PercentDecoding.decode(text).orElse(text);
    }
}
